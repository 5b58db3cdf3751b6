package org.attain.adapter.rest.benefit;

import org.attain.adapter.rest.amount.Money;
import org.attain.adapter.rest.mapping.MappingConfig;
import org.attain.adapter.rest.mapping.ValueMappings;
import org.attain.application.port.in.ManageBenefits;
import org.attain.domain.benefit.BenefitClaim;
import org.attain.domain.benefit.BenefitId;
import org.attain.domain.benefit.BenefitOffer;
import org.attain.domain.benefit.RequiredCompetency;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps offers, entitlements and claims to their responses. */
@Mapper(config = MappingConfig.class)
public interface BenefitMapper extends ValueMappings {

  BenefitOfferResponse toResponse(BenefitOffer offer);

  RequiredCompetencyResponse toResponse(RequiredCompetency competency);

  @Mapping(target = "organizationId", source = "organization")
  @Mapping(target = "asOf", source = "day")
  EntitlementsResponse toResponse(ManageBenefits.Entitled entitled);

  @Mapping(target = "claimed", expression = "java(offer.claimed())")
  @Mapping(
      target = "claimedOn",
      expression = "java(offer.claim().map(BenefitClaim::claimedOn).orElse(null))")
  EntitledOfferResponse toResponse(ManageBenefits.EntitledOffer offer);

  @Mapping(target = "offerId", source = "offer")
  @Mapping(target = "organizationId", source = "organization")
  BenefitClaimResponse toResponse(BenefitClaim claim);

  default String text(BenefitId id) {
    return id == null ? null : id.value();
  }

  default String text(org.attain.domain.organization.OrganizationId id) {
    return id == null ? null : id.toString();
  }

  default Money money(org.attain.domain.shared.Money money) {
    return money == null ? null : Money.of(money.amount(), money.currency().getCurrencyCode());
  }
}
