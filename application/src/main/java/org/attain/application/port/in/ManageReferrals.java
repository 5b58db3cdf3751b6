package org.attain.application.port.in;

import java.time.LocalDate;
import java.util.Optional;
import org.attain.application.paging.Page;
import org.attain.application.paging.PageRequest;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.referral.CompanySize;
import org.attain.domain.referral.CustomerContact;
import org.attain.domain.referral.Referral;
import org.attain.domain.referral.ReferralId;
import org.attain.domain.referral.ReferralStatus;

/**
 * R8: customers send referrals to partners found through their profiles; the partner's admins (or
 * an agent) read them and answer them; unanswered ones expire without anyone asking.
 */
public interface ManageReferrals {

  /**
   * A customer sends a referral to the organization behind a profile, today. No actor: it is
   * public.
   *
   * @throws org.attain.application.error.NotFoundException when the organization has no profile
   */
  Referral send(OrganizationId organization, Send command);

  /** The organization's referrals, newest first, with {@code status} only when given. */
  Page<Referral> list(
      Actor actor,
      OrganizationId organization,
      Optional<ReferralStatus> status,
      PageRequest request);

  /**
   * @throws org.attain.application.error.NotFoundException when the organization has no such
   *     referral
   */
  Referral get(Actor actor, OrganizationId organization, ReferralId referral);

  /**
   * Accepts or declines an open referral, or marks an accepted one won or lost, today. OPEN and
   * EXPIRED cannot be asked for: a referral is only ever open when sent and only expires by itself.
   */
  Referral changeStatus(
      Actor actor, OrganizationId organization, ReferralId referral, ReferralStatus to);

  /**
   * Expires every open referral whose last day to answer is before {@code today}; the scheduler's
   * job, so that expiry does not wait for a request. How many it expired.
   */
  int expireUnanswered(LocalDate today);

  /** What the customer writes: how to reach them, what they need, and how large they are. */
  record Send(CustomerContact contact, String need, CompanySize size) {}
}
