package org.attain.application.port.out;

import java.time.LocalDate;
import java.util.List;
import org.attain.domain.benefit.BenefitClaim;
import org.attain.domain.organization.OrganizationId;

/** The store of the benefit offers organizations claimed (R9). Claims are added, never changed. */
public interface ClaimedBenefits {

  /**
   * Stores a new claim and returns it.
   *
   * @throws org.attain.application.error.ConflictException ({@code concurrent-update}) when the
   *     organization claimed the same offer for the same claim period already: the second of two
   *     claims made at once
   */
  BenefitClaim add(BenefitClaim claim);

  /** The organization's claims of the claim period that starts on {@code claimPeriodStartsOn}. */
  List<BenefitClaim> inPeriod(OrganizationId organization, LocalDate claimPeriodStartsOn);

  /** Every claim of the organization, newest first (by the day claimed, then by offer id). */
  List<BenefitClaim> ofOrganization(OrganizationId organization);
}
