package org.attain.application.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.attain.application.paging.Page;
import org.attain.application.paging.PageRequest;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.referral.Referral;
import org.attain.domain.referral.ReferralId;
import org.attain.domain.referral.ReferralStatus;

/** The store of referrals customers send to partners (R8). */
public interface Referrals {

  /**
   * Stores a new referral or a change of a stored one's status, and returns it as now stored, its
   * version one more than the one it was read with (0 for a new one).
   *
   * @throws org.attain.application.error.ConflictException when the stored version is newer, or a
   *     referral with its id is stored already for a new one
   */
  Referral save(Referral referral);

  Optional<Referral> findById(ReferralId id);

  /**
   * The organization's referrals, with {@code status} only when given: newest first (by the day
   * received, then by id within a day).
   */
  Page<Referral> listByOrganization(
      OrganizationId organization, Optional<ReferralStatus> status, PageRequest request);

  /** At most {@code limit} open referrals received before {@code day}, oldest first. */
  List<ReferralId> openReceivedBefore(LocalDate day, int limit);
}
