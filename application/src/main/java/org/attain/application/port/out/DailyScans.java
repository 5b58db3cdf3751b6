package org.attain.application.port.out;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.attain.application.port.in.ScanDaily;
import org.attain.domain.organization.OrganizationId;

/**
 * The store of daily scans (R6, R7) and their partitions, shared by every instance: a scan is split
 * into partitions of paid organizations, and each partition is claimed by one instance at a time
 * for a lease, so that several instances share one day's scan and a partition whose instance died
 * is claimed again once its lease ends.
 */
public interface DailyScans {

  /**
   * Starts the day's scheduled scan, once across instances.
   *
   * @return the scan, and whether this call started it (false when another instance did)
   */
  Started startScheduled(LocalDate day);

  /** Starts another scan of {@code day}, whatever was scanned already. */
  UUID startAnother(LocalDate day);

  /**
   * Adds the next partition of {@code scan}: the paid organizations from {@code first} to {@code
   * last}, both included, in the store's order of their ids.
   */
  void addPartition(UUID scan, int number, OrganizationId first, OrganizationId last);

  /**
   * Claims one partition that is not done and not claimed (or whose lease ended before {@code now})
   * until {@code leaseEnds}: of {@code scan}, or of any scan when empty. A partition another
   * instance is claiming at the same moment is skipped, not waited for.
   */
  Optional<Partition> claim(Optional<UUID> scan, String claimer, Instant now, Instant leaseEnds);

  /** Records that the partition is done, with what was found in it. */
  void finish(Partition partition, Instant at, int organizations, int changed, int failed);

  /** How far {@code scan} is: its partitions, those done, and what the done ones found. */
  Progress progress(UUID scan);

  /** How far a scan is; {@code outcome} sums the partitions done. */
  record Progress(int partitions, int done, ScanDaily.Outcome outcome) {
    public boolean finished() {
      return done == partitions;
    }
  }

  /** A scan, and whether the call that returned it started it. */
  record Started(UUID scan, boolean startedNow) {}

  /** One partition of a scan: the day scanned and its range of organizations. */
  record Partition(
      UUID scan, int number, LocalDate day, OrganizationId first, OrganizationId last) {}
}
