package org.attain.application.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.attain.application.error.ConflictException;
import org.attain.application.error.NotFoundException;
import org.attain.application.paging.Page;
import org.attain.application.paging.PageRequest;
import org.attain.application.port.in.Actor;
import org.attain.application.port.in.ManageReferrals;
import org.attain.application.port.out.MarketingProfiles;
import org.attain.application.port.out.ProgrammeClock;
import org.attain.application.port.out.Referrals;
import org.attain.application.port.out.UnitOfWork;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.referral.Referral;
import org.attain.domain.referral.ReferralId;
import org.attain.domain.referral.ReferralStatus;
import org.attain.domain.shared.InvalidValueException;

/** R8: referrals sent through profiles, answered by the partner's admins, expired when ignored. */
public final class ManageReferralsService implements ManageReferrals {

  /**
   * How many referrals the expiry reads at a time; each is expired in a unit of work of its own.
   */
  static final int EXPIRY_BATCH = 200;

  private final MarketingProfiles profiles;
  private final Referrals referrals;
  private final ProgrammeClock clock;
  private final UnitOfWork unitOfWork;

  public ManageReferralsService(
      MarketingProfiles profiles,
      Referrals referrals,
      ProgrammeClock clock,
      UnitOfWork unitOfWork) {
    this.profiles = profiles;
    this.referrals = referrals;
    this.clock = clock;
    this.unitOfWork = unitOfWork;
  }

  @Override
  public Referral send(OrganizationId organization, Send command) {
    LocalDate day = clock.today();
    return unitOfWork.run(
        () -> {
          if (profiles.findByOrganization(organization).isEmpty()) {
            throw new NotFoundException("profile", organization);
          }
          return referrals.save(
              Referral.send(organization, command.contact(), command.need(), command.size(), day));
        });
  }

  @Override
  public Page<Referral> list(
      Actor actor,
      OrganizationId organization,
      Optional<ReferralStatus> status,
      PageRequest request) {
    Access.requireAgentOrAdminOf(actor, organization);
    return unitOfWork.read(() -> referrals.listByOrganization(organization, status, request));
  }

  @Override
  public Referral get(Actor actor, OrganizationId organization, ReferralId referral) {
    Access.requireAgentOrAdminOf(actor, organization);
    return unitOfWork.read(() -> found(organization, referral));
  }

  @Override
  public Referral changeStatus(
      Actor actor, OrganizationId organization, ReferralId referral, ReferralStatus to) {
    Access.requireAgentOrAdminOf(actor, organization);
    LocalDate day = clock.today();
    return unitOfWork.run(
        () -> {
          Referral changed = found(organization, referral);
          switch (to) {
            case ACCEPTED -> changed.accept(day);
            case DECLINED -> changed.decline(day);
            case WON -> changed.markWon(day);
            case LOST -> changed.markLost(day);
            case OPEN, EXPIRED ->
                throw new InvalidValueException(
                    "status", "status must be ACCEPTED, DECLINED, WON or LOST");
          }
          return referrals.save(changed);
        });
  }

  /**
   * Reads the due referrals a batch at a time and expires each on its own, so that one an admin
   * answers at the same moment loses nothing but its own expiry (it is no longer open then).
   */
  @Override
  public int expireUnanswered(LocalDate today) {
    LocalDate receivedBefore = Referral.expiresIfReceivedBefore(today);
    int expired = 0;
    List<ReferralId> due;
    do {
      due = unitOfWork.read(() -> referrals.openReceivedBefore(receivedBefore, EXPIRY_BATCH));
      int before = expired;
      for (ReferralId id : due) {
        expired += expire(id, today) ? 1 : 0;
      }
      if (expired == before) {
        break;
      }
    } while (due.size() == EXPIRY_BATCH);
    return expired;
  }

  private boolean expire(ReferralId id, LocalDate today) {
    try {
      return unitOfWork.run(
          () ->
              referrals
                  .findById(id)
                  .filter(referral -> referral.expireIfUnanswered(today))
                  .map(referrals::save)
                  .isPresent());
    } catch (ConflictException answeredMeanwhile) {
      return false;
    }
  }

  /** Another organization's referral is answered as unknown, not as someone else's. */
  private Referral found(OrganizationId organization, ReferralId id) {
    return referrals
        .findById(id)
        .filter(referral -> referral.organization().equals(organization))
        .orElseThrow(() -> new NotFoundException("referral", id));
  }
}
