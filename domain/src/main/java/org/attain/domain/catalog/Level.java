package org.attain.domain.catalog;

/** A level of a competency that the catalog sets requirements for. */
public enum Level {
  SILVER,
  GOLD
}
