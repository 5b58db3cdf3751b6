package org.attain.domain.membership;

/**
 * Why a membership purchase is refused, or a renewal is not possible on a day; codes are stable.
 */
public enum RefusalReason {
  /** R4, R5: no competency is attained at the level the membership needs. */
  REQUIREMENT_NOT_MET("membership-requirement-not-met"),
  /** Network membership is free and is what remains when a paid term lapses. */
  NETWORK_IS_FREE("network-membership-is-free"),
  /** A renewal at the same level before the term's renewal days. */
  RENEWAL_NOT_YET_OPEN("renewal-not-yet-open"),
  /** A lower level while the current one holds, before its renewal days. */
  DOWNGRADE_BEFORE_RENEWAL("downgrade-before-renewal"),
  /** The next term is already bought. */
  ALREADY_RENEWED("already-renewed"),
  /** Renewing needs a paid membership; a network member buys one instead. */
  NOT_A_PAID_MEMBER("not-a-paid-member"),
  /** The renewal window passed and the membership lapsed; a new purchase is possible. */
  RENEWAL_WINDOW_CLOSED("renewal-window-closed");

  private final String code;

  RefusalReason(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
