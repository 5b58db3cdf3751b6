package org.attain.adapter.rest.membership;

import java.util.List;
import org.attain.adapter.rest.amount.Money;
import org.attain.adapter.rest.mapping.MappingConfig;
import org.attain.application.port.in.ManageMembership;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.membership.CompetencyGap;
import org.attain.domain.membership.MembershipPurchase;
import org.attain.domain.membership.MembershipTerm;
import org.attain.domain.membership.RefusalReason;
import org.attain.domain.membership.RenewalAvailability;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps a membership as read on a day to its response. */
@Mapper(config = MappingConfig.class)
public interface MembershipMapper {

  @Mapping(target = "organizationId", source = "organization")
  @Mapping(target = "asOf", source = "day")
  @Mapping(target = "level", source = "standing.level")
  @Mapping(target = "term", source = "standing.term")
  @Mapping(target = "daysLeft", source = "standing.daysLeft")
  @Mapping(target = "inRenewalWindow", source = "standing.inRenewalWindow")
  @Mapping(target = "renewal", source = "standing.renewal")
  MembershipResponse toResponse(ManageMembership.Status status);

  TermResponse toResponse(MembershipTerm term);

  @Mapping(target = "on", source = "purchasedOn")
  PurchaseResponse toResponse(MembershipPurchase purchase);

  @Mapping(target = "possible", expression = "java(renewal.possible())")
  @Mapping(target = "reason", source = "refusal")
  @Mapping(target = "opensOn", source = "opensOn")
  @Mapping(target = "closesOn", source = "closesOn")
  @Mapping(target = "closestCompetencies", source = "closest")
  RenewalResponse toResponse(RenewalAvailability renewal);

  default String code(RefusalReason reason) {
    return reason == null ? null : reason.code();
  }

  default String text(org.attain.domain.organization.OrganizationId id) {
    return id.toString();
  }

  default String text(CompetencyId competency) {
    return competency.value();
  }

  default Money money(org.attain.domain.shared.Money money) {
    return Money.of(money.amount(), money.currency().getCurrencyCode());
  }

  default List<ClosestCompetencyResponse> closest(List<CompetencyGap> gaps) {
    return ClosestCompetencyResponse.of(gaps);
  }
}
