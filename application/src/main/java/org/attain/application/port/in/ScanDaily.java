package org.attain.application.port.in;

import java.time.LocalDate;

/**
 * R6, R7: the daily scan for what changes by date alone (an achievement's expiry, an exam's end of
 * credit, an override's end). Run once a day by the scheduler; several instances share one day's
 * scan, each working on the partitions it claims.
 */
public interface ScanDaily {

  /**
   * Scans {@code today}: plans the day's scan of every organization with a paid membership (once,
   * whichever instance asks first) and works on its partitions until none is left to claim. An
   * unchanged organization costs no write; a changed one is re-evaluated in a unit of work of its
   * own, and one that fails is logged and skipped while the others go on.
   */
  Outcome run(LocalDate today);

  /**
   * An agent scans today again, as a new scan, whether or not it was scanned already: a way to
   * catch up after fixing data, or to measure the scan.
   */
  Outcome rerun(Actor actor);

  /** Works on the partitions of any scan left to claim, as an instance helping another does. */
  Outcome help();

  /**
   * What a scan did: the whole scan's for {@link #run} and {@link #rerun}, which answer once every
   * partition is done, whichever instance did it; this instance's share for {@link #help}.
   *
   * @param organizations how many organizations were scanned
   * @param changed how many of them were re-evaluated because something had changed
   * @param failed how many of those failed and were rolled back (each is logged with its id)
   */
  record Outcome(int organizations, int changed, int failed) {

    public static Outcome none() {
      return new Outcome(0, 0, 0);
    }

    public Outcome plus(Outcome other) {
      return new Outcome(
          organizations + other.organizations, changed + other.changed, failed + other.failed);
    }
  }
}
