package org.attain.domain.benefit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.evaluation.AttainedLevel;
import org.attain.domain.evaluation.Attainment;
import org.attain.domain.evaluation.Evaluation;
import org.attain.domain.membership.Membership;
import org.attain.domain.membership.MembershipLevel;
import org.attain.domain.membership.MembershipTerm;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.shared.Guard;
import org.attain.domain.shared.ListGuard;

/**
 * R9: the offers an organization is entitled to on a day, in catalog order, and the claim period
 * they can each be claimed once in: the membership term in force, or for a network member (who has
 * no term) the calendar year.
 *
 * @param claimPeriodStartsOn the first day of the claim period, which identifies it
 */
public record Entitlements(
    OrganizationId organization,
    LocalDate day,
    MembershipLevel level,
    LocalDate claimPeriodStartsOn,
    List<BenefitOffer> offers) {

  public Entitlements {
    Guard.present(organization, "organizationId");
    Guard.present(day, "day");
    Guard.present(level, "level");
    Guard.present(claimPeriodStartsOn, "claimPeriodStartsOn");
    offers = ListGuard.of(offers, "offers", 0, BenefitCatalog.MAX_OFFERS);
  }

  /**
   * @param attained the competency levels the offers are checked against: for a paid member the
   *     term's record ({@link org.attain.domain.membership.TermAttainments#highest()}), as what was
   *     attained during the term keeps counting until it ends (R6); else the day's ({@link
   *     #levelsIn(Evaluation)})
   */
  public static Entitlements on(
      LocalDate day,
      BenefitCatalog catalog,
      Membership membership,
      Map<CompetencyId, AttainedLevel> attained) {
    Guard.present(day, "day");
    Guard.present(catalog, "catalog");
    Guard.present(membership, "membership");
    Guard.present(attained, "attained");
    MembershipLevel level = membership.levelOn(day);
    LocalDate period =
        membership
            .termOn(day)
            .map(MembershipTerm::startsOn)
            .orElse(LocalDate.of(day.getYear(), 1, 1));
    return new Entitlements(
        membership.organization(),
        day,
        level,
        period,
        catalog.offers().stream().filter(o -> o.entitles(level, attained)).toList());
  }

  /** The competencies attained in {@code evaluation}, with their levels. */
  public static Map<CompetencyId, AttainedLevel> levelsIn(Evaluation evaluation) {
    return evaluation.attainments().stream()
        .filter(a -> a.level() != AttainedLevel.NONE)
        .collect(Collectors.toMap(Attainment::competency, Attainment::level));
  }

  public boolean includes(BenefitId offer) {
    return offers.stream().anyMatch(o -> o.id().equals(offer));
  }
}
