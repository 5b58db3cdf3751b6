package org.attain.domain.referral;

/** R8: where a referral is in its life; every status but open and accepted is final. */
public enum ReferralStatus {
  OPEN,
  ACCEPTED,
  DECLINED,
  EXPIRED,
  WON,
  LOST;

  public boolean isFinal() {
    return this != OPEN && this != ACCEPTED;
  }
}
