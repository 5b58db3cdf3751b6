package org.attain.domain.membership;

/** What a membership purchase was, which decides its term and its fee. */
public enum PurchaseKind {
  /** A network member (never paid, or lapsed) buys a level: the term starts on the day. */
  NEW,
  /** Silver to Gold while Silver holds: a new term starts on the day, at a discount (R5). */
  UPGRADE,
  /** Another term at the same (or a lower) level, continuing from the end of the current one. */
  RENEWAL
}
