package org.attain.domain.membership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attain.domain.evaluation.Evaluation;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.shared.Guard;
import org.attain.domain.shared.RuleViolationException;

/**
 * An organization's paid level in the programme (R4, R5) and every purchase that made it. The level
 * on a day is the one of the latest purchase whose term holds that day; when none does, the
 * organization is a network member, which is free and has no term.
 */
public final class Membership {

  private final OrganizationId organization;
  private final List<MembershipPurchase> purchases;
  private final Long version;

  private Membership(
      OrganizationId organization, List<MembershipPurchase> purchases, Long version) {
    this.organization = Guard.present(organization, "organizationId");
    this.purchases = new ArrayList<>(Guard.present(purchases, "purchases"));
    for (int i = 1; i < this.purchases.size(); i++) {
      Guard.check(
          !this.purchases.get(i).purchasedOn().isBefore(this.purchases.get(i - 1).purchasedOn()),
          "purchases",
          "purchases must be in the order they were made");
    }
    this.version = version;
  }

  /** A network member that has never bought a level, not yet stored. */
  public static Membership network(OrganizationId organization) {
    return new Membership(organization, List.of(), null);
  }

  /** A membership as stored, with the optimistic-locking version of that state. */
  public static Membership restore(
      OrganizationId organization, List<MembershipPurchase> purchases, long version) {
    return new Membership(organization, purchases, version);
  }

  /**
   * R4, R5: buys {@code level} on {@code day}, checked against that day's evaluation; an approved
   * purchase is recorded. A day before the last purchase is refused: history is only extended.
   */
  public PurchaseDecision purchase(
      MembershipLevel level, LocalDate day, Evaluation evaluation, MembershipPolicy policy) {
    Guard.present(day, "day");
    latestBy(LocalDate.MAX)
        .map(MembershipPurchase::purchasedOn)
        .filter(day::isBefore)
        .ifPresent(
            last -> {
              throw new RuleViolationException(
                  "purchase-before-last",
                  "a purchase cannot take effect before the last one, on " + last);
            });
    PurchaseDecision decision = decide(level, day, evaluation, policy);
    if (decision instanceof PurchaseDecision.Approved approved) {
      purchases.add(approved.purchase());
    }
    return decision;
  }

  /** What buying {@code level} on {@code day} would give, from the purchases made by then. */
  public PurchaseDecision decide(
      MembershipLevel level, LocalDate day, Evaluation evaluation, MembershipPolicy policy) {
    Guard.present(level, "level");
    Guard.present(day, "day");
    Guard.present(policy, "policy");
    requireEvaluationOf(evaluation, day);
    return new PurchaseRules(level, day, inForceOn(day), latestBy(day), policy).decide(evaluation);
  }

  /** R5: whether the level in force on {@code day} can be renewed that day, and why not. */
  public RenewalAvailability renewalOn(
      LocalDate day, Evaluation evaluation, MembershipPolicy policy) {
    Optional<MembershipPurchase> held = inForceOn(day);
    if (held.isEmpty()) {
      return RenewalAvailability.without(
          latestBy(day).isPresent()
              ? RefusalReason.RENEWAL_WINDOW_CLOSED
              : RefusalReason.NOT_A_PAID_MEMBER);
    }
    MembershipTerm term = held.get().term();
    return switch (decide(held.get().level(), day, evaluation, policy)) {
      case PurchaseDecision.Approved approved ->
          new RenewalAvailability(
              null, term.renewableFrom(), term.renewalWindowEndsOn(), List.of());
      case PurchaseDecision.Refused refused ->
          new RenewalAvailability(
              refused.reason(),
              term.renewableFrom(),
              term.renewalWindowEndsOn(),
              refused.closest());
    };
  }

  /** Reading the membership on {@code day}: level, term, days left, renewal. */
  public MembershipStatus statusOn(LocalDate day, Evaluation evaluation, MembershipPolicy policy) {
    Optional<MembershipTerm> term = termOn(day);
    return new MembershipStatus(
        levelOn(day),
        term.orElse(null),
        term.map(t -> t.daysLeftOn(day)).orElse(0L),
        term.filter(t -> t.inRenewalWindowOn(day)).isPresent(),
        renewalOn(day, evaluation, policy));
  }

  /** The purchase whose term holds on {@code day}: the latest started one, if still intact. */
  public Optional<MembershipPurchase> inForceOn(LocalDate day) {
    Guard.present(day, "day");
    return purchases.reversed().stream()
        .filter(p -> p.startedBy(day))
        .findFirst()
        .filter(p -> p.term().intactOn(day));
  }

  public MembershipLevel levelOn(LocalDate day) {
    return inForceOn(day).map(MembershipPurchase::level).orElse(MembershipLevel.NETWORK);
  }

  /** The term in force on {@code day}; none for a network member. */
  public Optional<MembershipTerm> termOn(LocalDate day) {
    return inForceOn(day).map(MembershipPurchase::term);
  }

  private Optional<MembershipPurchase> latestBy(LocalDate day) {
    return purchases.reversed().stream().filter(p -> !p.purchasedOn().isAfter(day)).findFirst();
  }

  private void requireEvaluationOf(Evaluation evaluation, LocalDate day) {
    Guard.present(evaluation, "evaluation");
    Guard.check(
        evaluation.organization().equals(organization),
        "evaluation",
        "evaluation must be of organization " + organization);
    Guard.check(
        evaluation.date().equals(day), "evaluation", "evaluation must be of the day " + day);
  }

  public OrganizationId organization() {
    return organization;
  }

  /** Every purchase, oldest first; the history is never rewritten, only extended. */
  public List<MembershipPurchase> purchases() {
    return List.copyOf(purchases);
  }

  /** The version of the stored state this membership was read from; empty for a new one. */
  public Optional<Long> version() {
    return Optional.ofNullable(version);
  }
}
