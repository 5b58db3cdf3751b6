package org.attain.domain.benefit;

import java.util.Map;
import java.util.Optional;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.evaluation.AttainedLevel;
import org.attain.domain.membership.MembershipLevel;
import org.attain.domain.shared.Guard;
import org.attain.domain.shared.Money;

/**
 * R9: one entry of the benefits catalog: what it is, what it is worth, what it costs, and which
 * membership level and competency level it needs.
 *
 * @param membership the lowest membership level entitled; {@code NETWORK} for every member
 * @param competency the competency level needed besides, {@code null} if none
 * @param value what the offer is worth, in words ("about USD 20,000 of internal-use rights")
 * @param price what claiming it costs a year, {@code null} when it is free
 */
public record BenefitOffer(
    BenefitId id,
    String name,
    String description,
    MembershipLevel membership,
    RequiredCompetency competency,
    String value,
    Money price) {

  public static final int MAX_NAME_LENGTH = 100;
  public static final int MAX_DESCRIPTION_LENGTH = 2000;
  public static final int MAX_VALUE_LENGTH = 200;

  public BenefitOffer {
    Guard.present(id, "id");
    name = Guard.text(name, "name", MAX_NAME_LENGTH);
    description = Guard.multilineText(description, "description", MAX_DESCRIPTION_LENGTH);
    Guard.present(membership, "membership");
    value = Guard.text(value, "value", MAX_VALUE_LENGTH);
    Guard.check(price == null || !price.isZero(), "price", "a free offer has no price");
  }

  /** Whether an organization at {@code level} that attained {@code attained} is entitled. */
  public boolean entitles(MembershipLevel level, Map<CompetencyId, AttainedLevel> attained) {
    return level.includes(membership) && (competency == null || competency.metBy(attained));
  }

  public boolean isFree() {
    return price == null;
  }

  public Optional<Money> priceIfCharged() {
    return Optional.ofNullable(price);
  }
}
