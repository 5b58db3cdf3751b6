package org.attain.application.port.in;

import java.time.LocalDate;
import java.util.List;
import org.attain.domain.organization.OrganizationId;

/**
 * R6, R7: the daily scan for what changes by date alone (an achievement's expiry, an exam's end of
 * credit, an override's end): run once a day by the scheduler, across all instances.
 */
public interface ScanDaily {

  /**
   * Re-evaluates every organization with a paid membership on {@code today}, each in its own unit
   * of work: one that fails is logged and skipped, the others go on.
   */
  Outcome run(LocalDate today);

  /**
   * @param scanned the organizations re-evaluated
   * @param failed the organizations whose re-evaluation failed and was rolled back
   */
  record Outcome(List<OrganizationId> scanned, List<OrganizationId> failed) {
    public Outcome {
      scanned = List.copyOf(scanned);
      failed = List.copyOf(failed);
    }
  }
}
