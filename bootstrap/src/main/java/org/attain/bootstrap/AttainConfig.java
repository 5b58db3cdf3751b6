package org.attain.bootstrap;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Period;
import java.time.ZoneId;

/** The programme's own settings, under the {@code attain.} prefix. */
@ConfigMapping(prefix = "attain")
public interface AttainConfig {

  /** The zone in which the programme's days begin and end. */
  @WithDefault("UTC")
  ZoneId timeZone();

  Association association();

  Membership membership();

  Overrides overrides();

  /** R3's association policy. */
  interface Association {

    /** How many associations a person may make within {@link #window()}. */
    @WithDefault("3")
    int maxPerWindow();

    @WithDefault("P12M")
    Period window();

    /** The least time between two associations of the same person. */
    @WithDefault("P30D")
    Period minimumGap();
  }

  /** R5's membership rules. */
  interface Membership {

    /** How long a term lasts: {@code anniversary} (the default) or {@code calendar-year}. */
    @WithDefault("anniversary")
    TermRule termPolicy();
  }

  /** R7's overrides. */
  interface Overrides {

    /** The longest an override may hold, from its start; by default one lasts three months. */
    @WithDefault("P3M")
    Period maximumLength();
  }

  /** The term rules R5 allows. */
  enum TermRule {
    /** One year from purchase, with a 30-day renewal window after it. */
    ANNIVERSARY,
    /** Until the end of the calendar year of purchase, as the seed words it. */
    CALENDAR_YEAR
  }
}
