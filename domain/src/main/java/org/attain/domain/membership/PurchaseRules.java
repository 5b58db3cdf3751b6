package org.attain.domain.membership;

import java.time.LocalDate;
import java.util.Optional;
import org.attain.domain.evaluation.Evaluation;

/**
 * R4, R5: the kind, term and fee of one purchase request, or why it is refused. Above the level in
 * force it is an upgrade with a new term from the day; at or below it, a renewal whose term
 * continues from the current one's end, possible only in the renewal days; without a level in
 * force, a new purchase from the day. Timing is checked before the competency requirement.
 */
final class PurchaseRules {

  private final MembershipLevel level;
  private final LocalDate day;
  private final Optional<MembershipPurchase> held;
  private final Optional<MembershipPurchase> latest;
  private final MembershipPolicy policy;

  PurchaseRules(
      MembershipLevel level,
      LocalDate day,
      Optional<MembershipPurchase> held,
      Optional<MembershipPurchase> latest,
      MembershipPolicy policy) {
    this.level = level;
    this.day = day;
    this.held = held;
    this.latest = latest;
    this.policy = policy;
  }

  PurchaseDecision decide(Evaluation evaluation) {
    if (!level.isPaid()) {
      return new PurchaseDecision.Refused(
          RefusalReason.NETWORK_IS_FREE,
          "network membership is free: it is what remains when a paid term lapses");
    }
    if (held.isEmpty()) {
      return approvedIfQualified(PurchaseKind.NEW, day, evaluation);
    }
    MembershipPurchase current = held.get();
    if (level.compareTo(current.level()) > 0) {
      return approvedIfQualified(PurchaseKind.UPGRADE, day, evaluation);
    }
    if (!latest.orElseThrow().equals(current)) {
      return new PurchaseDecision.Refused(
          RefusalReason.ALREADY_RENEWED,
          "the next term, from %s, is already bought".formatted(latest.get().term().startsOn()));
    }
    MembershipTerm term = current.term();
    if (!term.renewableOn(day)) {
      return new PurchaseDecision.Refused(
          level == current.level()
              ? RefusalReason.RENEWAL_NOT_YET_OPEN
              : RefusalReason.DOWNGRADE_BEFORE_RENEWAL,
          "the %s term ending on %s can be renewed from %s"
              .formatted(
                  PurchaseEligibility.label(current.level()), term.endsOn(), term.renewableFrom()));
    }
    return approvedIfQualified(PurchaseKind.RENEWAL, term.nextStart(), evaluation);
  }

  private PurchaseDecision approvedIfQualified(
      PurchaseKind kind, LocalDate termStart, Evaluation evaluation) {
    Optional<PurchaseDecision.Refused> unmet = PurchaseEligibility.refusal(level, evaluation);
    if (unmet.isPresent()) {
      return unmet.get();
    }
    return new PurchaseDecision.Approved(
        new MembershipPurchase(
            kind,
            level,
            day,
            policy.terms().termStartingOn(termStart),
            policy.fees().fee(kind, level),
            PurchaseEligibility.qualifyingCompetencies(level, evaluation)));
  }
}
