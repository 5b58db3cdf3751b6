package org.attain.application.port.in;

import java.time.LocalDate;
import java.util.List;
import org.attain.domain.organization.OrganizationId;

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
   * What this instance did.
   *
   * @param organizations how many organizations it scanned
   * @param changed how many of them it re-evaluated because something had changed
   * @param failed the organizations whose re-evaluation failed and was rolled back
   */
  record Outcome(int organizations, int changed, List<OrganizationId> failed) {
    public Outcome {
      failed = List.copyOf(failed);
    }

    public static Outcome none() {
      return new Outcome(0, 0, List.of());
    }

    public Outcome plus(Outcome other) {
      List<OrganizationId> all = new java.util.ArrayList<>(failed);
      all.addAll(other.failed);
      return new Outcome(organizations + other.organizations, changed + other.changed, all);
    }
  }
}
