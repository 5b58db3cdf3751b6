package org.attain.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attain.application.contract.ContractSamples.DAY;
import static org.attain.application.contract.ContractSamples.anOrganization;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.attain.application.port.in.ScanDaily;
import org.attain.application.port.out.DailyScans;
import org.attain.application.port.out.Organizations;
import org.attain.domain.organization.OrganizationId;
import org.junit.jupiter.api.Test;

/**
 * What every implementation of {@link DailyScans} must do. The store may be shared with other tests
 * and never emptied: each test claims only partitions of the scans it started.
 */
public abstract class DailyScansContract {

  private static final Instant NOW = Instant.parse("2025-03-10T00:05:00Z");
  private static final Duration LEASE = Duration.ofMinutes(10);

  /** The store under test. */
  protected abstract DailyScans scans();

  protected abstract Organizations organizations();

  /** Runs {@code work} as one transaction of the store; stores without transactions just run it. */
  protected <T> T inTransaction(Supplier<T> work) {
    return work.get();
  }

  private OrganizationId storedOrganization() {
    return inTransaction(() -> organizations().save(anOrganization())).id();
  }

  private UUID scanWithPartitions(int partitions) {
    UUID scan = inTransaction(() -> scans().startAnother(DAY));
    for (int number = 0; number < partitions; number++) {
      OrganizationId first = storedOrganization();
      OrganizationId last = storedOrganization();
      int partition = number;
      inTransaction(
          () -> {
            scans().addPartition(scan, partition, first, last);
            return null;
          });
    }
    return scan;
  }

  private Optional<DailyScans.Partition> claim(UUID scan, String claimer, Instant now) {
    return inTransaction(() -> scans().claim(Optional.of(scan), claimer, now, now.plus(LEASE)));
  }

  @Test
  public void theScheduledScanOfADayIsStartedOnceAndFoundAgain() {
    java.time.LocalDate day = DAY.plusDays(new java.util.Random().nextInt(100_000));

    DailyScans.Started first = inTransaction(() -> scans().startScheduled(day));
    DailyScans.Started second = inTransaction(() -> scans().startScheduled(day));

    assertThat(first.startedNow()).isTrue();
    assertThat(second.startedNow()).isFalse();
    assertThat(second.scan()).isEqualTo(first.scan());
  }

  @Test
  public void partitionsAreClaimedInOrderOnceEachAndNoneWhenAllAreClaimed() {
    UUID scan = scanWithPartitions(2);

    DailyScans.Partition first = claim(scan, "one", NOW).orElseThrow();
    DailyScans.Partition second = claim(scan, "two", NOW).orElseThrow();

    assertThat(first.number()).isEqualTo(0);
    assertThat(first.day()).isEqualTo(DAY);
    assertThat(second.number()).isEqualTo(1);
    assertThat(claim(scan, "three", NOW)).isEmpty();
  }

  @Test
  public void aDonePartitionIsNeverClaimedAgainAndOneWhoseLeaseEndedIs() {
    UUID scan = scanWithPartitions(2);
    DailyScans.Partition done = claim(scan, "one", NOW).orElseThrow();
    inTransaction(
        () -> {
          scans().finish(done, NOW.plusSeconds(5), 2, 1, 0);
          return null;
        });
    DailyScans.Partition abandoned = claim(scan, "dies", NOW).orElseThrow();

    assertThat(claim(scan, "other", NOW.plus(LEASE).minusSeconds(1))).isEmpty();
    assertThat(claim(scan, "other", NOW.plus(LEASE).plusSeconds(1)))
        .as("the lease of the instance that died has ended")
        .contains(abandoned);
    assertThat(claim(scan, "late", NOW.plus(LEASE.multipliedBy(3)))).contains(abandoned);
    assertThat(done.number()).isNotEqualTo(abandoned.number());
  }

  @Test
  public void aScansProgressCountsItsPartitionsDoneAndSumsWhatTheyFound() {
    UUID scan = scanWithPartitions(3);
    DailyScans.Partition first = claim(scan, "one", NOW).orElseThrow();
    DailyScans.Partition second = claim(scan, "two", NOW).orElseThrow();
    inTransaction(
        () -> {
          scans().finish(first, NOW, 500, 3, 1);
          scans().finish(second, NOW, 120, 0, 0);
          return null;
        });

    DailyScans.Progress progress = inTransaction(() -> scans().progress(scan));

    assertThat(progress.partitions()).isEqualTo(3);
    assertThat(progress.done()).isEqualTo(2);
    assertThat(progress.finished()).isFalse();
    assertThat(progress.outcome()).isEqualTo(new ScanDaily.Outcome(620, 3, 1));
  }

  @Test
  public void aClaimOfAnyScanFindsTheOpenPartitionsOfEveryScan() {
    UUID scan = scanWithPartitions(1);

    Optional<DailyScans.Partition> claimed;
    boolean found = false;
    // Other tests' scans may be open too: claim until this one's partition comes.
    for (int i = 0; i < 1_000 && !found; i++) {
      claimed = inTransaction(() -> scans().claim(Optional.empty(), "any", NOW, NOW.plus(LEASE)));
      if (claimed.isEmpty()) {
        break;
      }
      found = claimed.get().scan().equals(scan);
    }

    assertThat(found).isTrue();
  }
}
