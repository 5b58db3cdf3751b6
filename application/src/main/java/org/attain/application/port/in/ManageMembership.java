package org.attain.application.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.attain.domain.membership.MembershipLevel;
import org.attain.domain.membership.MembershipPurchase;
import org.attain.domain.membership.MembershipStatus;
import org.attain.domain.organization.OrganizationId;

/**
 * R4, R5: buying, upgrading and renewing an organization's membership, and reading it. Its admins
 * and agents only; payment is out of scope, each purchase records what was charged.
 */
public interface ManageMembership {

  /**
   * Buys {@code level} today: a new purchase, an upgrade or a renewal, as the rules decide.
   *
   * @throws org.attain.application.error.PurchaseRefusedException when the rules refuse it
   */
  Status purchase(Actor actor, OrganizationId organization, MembershipLevel level);

  /** The membership on {@code asOf} (today when absent). */
  Status status(Actor actor, OrganizationId organization, Optional<LocalDate> asOf);

  /**
   * A membership as read on one day: its standing and every purchase made by then, oldest first.
   */
  record Status(
      OrganizationId organization,
      LocalDate day,
      MembershipStatus standing,
      List<MembershipPurchase> purchases) {
    public Status {
      purchases = List.copyOf(purchases);
    }
  }
}
