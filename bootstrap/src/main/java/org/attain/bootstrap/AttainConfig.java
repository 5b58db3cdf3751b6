package org.attain.bootstrap;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
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

  Referrals referrals();

  Overrides overrides();

  Outbox outbox();

  DailyScan dailyScan();

  Http http();

  /**
   * The request-head limits that the REST adapter's {@code OversizeHeadGuard} answers with a
   * problem (it reads them itself); declared here so that the {@code attain.} root knows them.
   */
  interface Http {

    @WithDefault("4096")
    int maxRequestLineLength();

    @WithDefault("20K")
    String maxHeaderSize();

    /** Requests with a body served at once; the ones beyond are answered 503 at once. */
    @WithDefault("64")
    int maxConcurrentUploads();
  }

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

  /**
   * R8's referrals: how often unanswered ones are expired, and how the public endpoint is
   * throttled.
   */
  interface Referrals {

    Expiry expiry();

    Throttle throttle();

    /** The expiry job's schedule. */
    interface Expiry {

      /** A Quartz cron expression (seconds first); hourly by default. */
      @WithDefault("0 0 * * * ?")
      String cron();
    }

    /**
     * Each client (IP address) may send {@link #permits()} referrals, refilled evenly over {@link
     * #period()}; read by the REST adapter, declared here so that the settings are in one place.
     */
    interface Throttle {

      @WithDefault("5")
      int permits();

      @WithDefault("PT10M")
      Duration period();

      /** How many clients' buckets are kept at most; the least recently seen go first. */
      @WithDefault("10000")
      int maxClients();
    }
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

  /**
   * R6: the dispatcher of the email outbox: how often it looks for due emails, how many it claims a
   * round, how many it sends at once and how long it waits for each, how long a claim holds, how
   * long it waits after a failed send (doubling from the base up to the cap), and when readiness
   * calls it stuck.
   */
  interface Outbox {

    @WithDefault("10s")
    String pollInterval();

    @WithDefault("50")
    int batchSize();

    @WithDefault("8")
    int parallelism();

    /** The longest the dispatcher waits for one send before rescheduling it. */
    @WithDefault("PT30S")
    Duration sendTimeout();

    /** How long claimed emails stay one round's; at least twice the send timeout. */
    @WithDefault("PT10M")
    Duration lease();

    @WithDefault("PT30S")
    Duration backoffBase();

    @WithDefault("PT1H")
    Duration backoffCap();

    /**
     * Readiness is DOWN when an email has been due this long and no dispatch round has ended for as
     * long.
     */
    @WithDefault("PT15M")
    Duration stuckAfter();
  }

  /** R6, R7: when the daily re-evaluation of paid members runs. */
  interface DailyScan {

    /** A Quartz cron expression (seconds first) in the programme's time zone; 00:05 daily. */
    @WithDefault("0 5 0 * * ?")
    String cron();

    /** This instance's name among those sharing the database; the host's name by default. */
    @WithDefault("attain")
    String instance();

    /** How many paid organizations one partition of a scan holds. */
    @WithDefault("500")
    int partitionSize();

    /** How long a claimed partition stays this instance's before another may claim it. */
    @WithDefault("PT10M")
    Duration lease();

    /** How often an instance looks for a scan's partitions left to claim. */
    @WithDefault("30s")
    String helpInterval();
  }
}
