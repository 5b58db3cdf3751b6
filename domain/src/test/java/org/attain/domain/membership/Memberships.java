package org.attain.domain.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

/** Memberships in a known state for rule tests, bought under the programme's default policy. */
public final class Memberships {

  public static final MembershipPolicy POLICY = MembershipPolicy.PROGRAMME_DEFAULT;

  private Memberships() {}

  /** A membership of {@link Evaluations#CONTOSO} that bought {@code level} on {@code day}. */
  public static Membership boughtOn(LocalDate day, MembershipLevel level) {
    Membership membership = Membership.network(Evaluations.CONTOSO);
    buy(membership, level, day);
    return membership;
  }

  /** Buys {@code level} on {@code day} with a competency at that level; returns the purchase. */
  public static MembershipPurchase buy(
      Membership membership, MembershipLevel level, LocalDate day) {
    Evaluations evaluation = Evaluations.of(membership.organization(), day);
    PurchaseDecision decision =
        membership.purchase(
            level,
            day,
            (level == MembershipLevel.GOLD
                    ? evaluation.gold("cloud-platform")
                    : evaluation.silver("cloud-platform"))
                .build(),
            POLICY);
    assertThat(decision).isInstanceOf(PurchaseDecision.Approved.class);
    return ((PurchaseDecision.Approved) decision).purchase();
  }
}
