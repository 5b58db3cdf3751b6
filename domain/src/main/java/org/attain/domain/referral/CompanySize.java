package org.attain.domain.referral;

/** How many employees the referring customer has, in the bands customers pick from. */
public enum CompanySize {
  /** 1 to 9 employees. */
  MICRO,
  /** 10 to 49 employees. */
  SMALL,
  /** 50 to 249 employees. */
  MEDIUM,
  /** 250 to 999 employees. */
  LARGE,
  /** 1,000 employees or more. */
  ENTERPRISE
}
