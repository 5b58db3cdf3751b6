package org.attain.domain.referral;

import java.time.LocalDate;
import java.util.Optional;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.shared.Guard;
import org.attain.domain.shared.RuleViolationException;
import org.attain.domain.shared.StateConflictException;

/**
 * R8: a customer's request to a partner found through its profile. The partner accepts or declines
 * an open referral and marks an accepted one won or lost; one left unanswered for {@value
 * #ANSWER_WITHIN_DAYS} days after the day it was received expires. It may be answered through
 * {@link #answerBy()}, that day included, and expires on the day after.
 */
public final class Referral {

  public static final int ANSWER_WITHIN_DAYS = 14;
  public static final int MAX_NEED_LENGTH = 2000;

  private final ReferralId id;
  private final OrganizationId organization;
  private final CustomerContact contact;
  private final String need;
  private final CompanySize size;
  private final LocalDate receivedOn;
  private ReferralStatus status;
  private LocalDate statusChangedOn;
  private final Long version;

  private Referral(
      ReferralId id,
      OrganizationId organization,
      CustomerContact contact,
      String need,
      CompanySize size,
      LocalDate receivedOn,
      ReferralStatus status,
      LocalDate statusChangedOn,
      Long version) {
    this.id = Guard.present(id, "referralId");
    this.organization = Guard.present(organization, "organizationId");
    this.contact = Guard.present(contact, "contact");
    this.need = Guard.multilineText(need, "need", MAX_NEED_LENGTH);
    this.size = Guard.present(size, "size");
    this.receivedOn = Guard.present(receivedOn, "receivedOn");
    this.status = Guard.present(status, "status");
    this.statusChangedOn = Guard.present(statusChangedOn, "statusChangedOn");
    Guard.check(
        !statusChangedOn.isBefore(receivedOn),
        "statusChangedOn",
        "statusChangedOn must not precede receivedOn");
    this.version = version;
  }

  /** A referral a customer sends on {@code day} to the organization behind a profile. */
  public static Referral send(
      OrganizationId organization,
      CustomerContact contact,
      String need,
      CompanySize size,
      LocalDate day) {
    return new Referral(
        ReferralId.newId(), organization, contact, need, size, day, ReferralStatus.OPEN, day, null);
  }

  /** A referral as stored, with the optimistic-locking version of that state. */
  public static Referral restore(
      ReferralId id,
      OrganizationId organization,
      CustomerContact contact,
      String need,
      CompanySize size,
      LocalDate receivedOn,
      ReferralStatus status,
      LocalDate statusChangedOn,
      long version) {
    return new Referral(
        id, organization, contact, need, size, receivedOn, status, statusChangedOn, version);
  }

  /**
   * Open referrals received before this day are past their last day to answer on {@code today}: the
   * ones {@link #expireIfUnanswered} expires.
   */
  public static LocalDate expiresIfReceivedBefore(LocalDate today) {
    return Guard.present(today, "today").minusDays(ANSWER_WITHIN_DAYS);
  }

  /** The last day the partner can accept or decline. */
  public LocalDate answerBy() {
    return receivedOn.plusDays(ANSWER_WITHIN_DAYS);
  }

  public void accept(LocalDate day) {
    answer(day, ReferralStatus.ACCEPTED);
  }

  public void decline(LocalDate day) {
    answer(day, ReferralStatus.DECLINED);
  }

  public void markWon(LocalDate day) {
    close(day, ReferralStatus.WON);
  }

  public void markLost(LocalDate day) {
    close(day, ReferralStatus.LOST);
  }

  /**
   * Expires an open referral once {@code today} is past {@link #answerBy()}; the expiry is dated
   * the day after that, however late this runs. Whether it expired now.
   */
  public boolean expireIfUnanswered(LocalDate today) {
    Guard.present(today, "today");
    if (status != ReferralStatus.OPEN || !today.isAfter(answerBy())) {
      return false;
    }
    status = ReferralStatus.EXPIRED;
    statusChangedOn = answerBy().plusDays(1);
    return true;
  }

  private void answer(LocalDate day, ReferralStatus answer) {
    requireNotBeforeLastChange(day);
    if (status != ReferralStatus.OPEN) {
      throw new StateConflictException(
          "referral-not-open", "only an open referral can be answered; this one is " + status);
    }
    if (day.isAfter(answerBy())) {
      throw new StateConflictException(
          "referral-expired", "the referral expired: it could be answered until " + answerBy());
    }
    status = answer;
    statusChangedOn = day;
  }

  private void close(LocalDate day, ReferralStatus outcome) {
    requireNotBeforeLastChange(day);
    if (status != ReferralStatus.ACCEPTED) {
      throw new StateConflictException(
          "referral-not-accepted",
          "only an accepted referral can be won or lost; this one is " + status);
    }
    status = outcome;
    statusChangedOn = day;
  }

  private void requireNotBeforeLastChange(LocalDate day) {
    Guard.present(day, "day");
    if (day.isBefore(statusChangedOn)) {
      throw new RuleViolationException(
          "referral-change-before-last",
          "a referral change cannot take effect before the last one, on " + statusChangedOn);
    }
  }

  public ReferralId id() {
    return id;
  }

  public OrganizationId organization() {
    return organization;
  }

  public CustomerContact contact() {
    return contact;
  }

  public String need() {
    return need;
  }

  public CompanySize size() {
    return size;
  }

  public LocalDate receivedOn() {
    return receivedOn;
  }

  public ReferralStatus status() {
    return status;
  }

  /** The day the status was last set; the day received while still open. */
  public LocalDate statusChangedOn() {
    return statusChangedOn;
  }

  /** The version of the stored state this referral was read from; empty for a new one. */
  public Optional<Long> version() {
    return Optional.ofNullable(version);
  }
}
