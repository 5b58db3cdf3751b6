package org.attain.adapter.persistence.membership;

import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.stream.Collectors;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.membership.MembershipPurchase;
import org.attain.domain.membership.MembershipTerm;
import org.attain.domain.shared.Money;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps membership purchases between the domain and their stored form. */
@Mapper
interface MembershipMapper {

  /** Separates competency ids, which are slugs and so never contain it. */
  String SEPARATOR = ",";

  @Mapping(target = "startsOn", source = "term.startsOn")
  @Mapping(target = "endsOn", source = "term.endsOn")
  @Mapping(target = "renewableFrom", source = "term.renewableFrom")
  @Mapping(target = "renewalWindowEndsOn", source = "term.renewalWindowEndsOn")
  @Mapping(target = "chargedAmount", source = "charged.amount")
  @Mapping(target = "chargedCurrency", source = "charged.currency")
  MembershipPurchaseEmbeddable toStored(MembershipPurchase purchase);

  /** Reading a purchase back runs the domain's guards again. */
  default MembershipPurchase toDomain(MembershipPurchaseEmbeddable stored) {
    return new MembershipPurchase(
        stored.getKind(),
        stored.getLevel(),
        stored.getPurchasedOn(),
        new MembershipTerm(
            stored.getStartsOn(),
            stored.getEndsOn(),
            stored.getRenewableFrom(),
            stored.getRenewalWindowEndsOn()),
        new Money(stored.getChargedAmount(), Currency.getInstance(stored.getChargedCurrency())),
        competencies(stored.getQualifiedBy()));
  }

  default String text(List<CompetencyId> competencies) {
    return competencies.stream().map(CompetencyId::value).collect(Collectors.joining(SEPARATOR));
  }

  default String text(Currency currency) {
    return currency.getCurrencyCode();
  }

  default List<CompetencyId> competencies(String text) {
    return Arrays.stream(text.split(SEPARATOR)).map(CompetencyId::new).toList();
  }
}
