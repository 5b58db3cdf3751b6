package org.attain.application.inmemory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.attain.application.port.in.ScanDaily;
import org.attain.application.port.out.DailyScans;
import org.attain.domain.organization.OrganizationId;

/** Daily scans and their partitions kept in lists, claimed as the database claims them. */
public final class InMemoryDailyScans implements DailyScans, Snapshotting {

  private record Scan(UUID id, LocalDate day, boolean scheduled) {}

  private static final class Claimable {
    final Partition partition;
    String claimer;
    Instant leaseEnds;
    boolean done;
    ScanDaily.Outcome found = ScanDaily.Outcome.none();

    Claimable(Partition partition) {
      this.partition = partition;
    }
  }

  private final Map<UUID, Scan> scans = new HashMap<>();
  private final List<Claimable> partitions = new ArrayList<>();

  @Override
  public synchronized Started startScheduled(LocalDate day) {
    Optional<Scan> existing =
        scans.values().stream().filter(s -> s.scheduled() && s.day().equals(day)).findFirst();
    if (existing.isPresent()) {
      return new Started(existing.get().id(), false);
    }
    Scan scan = new Scan(UUID.randomUUID(), day, true);
    scans.put(scan.id(), scan);
    return new Started(scan.id(), true);
  }

  @Override
  public synchronized UUID startAnother(LocalDate day) {
    Scan scan = new Scan(UUID.randomUUID(), day, false);
    scans.put(scan.id(), scan);
    return scan.id();
  }

  @Override
  public synchronized void addPartition(
      UUID scan, int number, OrganizationId first, OrganizationId last) {
    partitions.add(new Claimable(new Partition(scan, number, scans.get(scan).day(), first, last)));
  }

  @Override
  public synchronized Optional<Partition> claim(
      Optional<UUID> scan, String claimer, Instant now, Instant leaseEnds) {
    for (Claimable candidate : partitions) {
      boolean ofScan = scan.map(candidate.partition.scan()::equals).orElse(true);
      boolean free = candidate.leaseEnds == null || candidate.leaseEnds.isBefore(now);
      if (ofScan && !candidate.done && free) {
        candidate.claimer = claimer;
        candidate.leaseEnds = leaseEnds;
        return Optional.of(candidate.partition);
      }
    }
    return Optional.empty();
  }

  @Override
  public synchronized void finish(
      Partition partition, Instant at, int organizations, int changed, int failed) {
    partitions.stream()
        .filter(c -> c.partition.equals(partition))
        .forEach(
            c -> {
              c.done = true;
              c.found = new ScanDaily.Outcome(organizations, changed, failed);
            });
  }

  @Override
  public synchronized Progress progress(UUID scan) {
    List<Claimable> ofScan =
        partitions.stream().filter(c -> c.partition.scan().equals(scan)).toList();
    ScanDaily.Outcome found =
        ofScan.stream()
            .filter(c -> c.done)
            .map(c -> c.found)
            .reduce(ScanDaily.Outcome.none(), ScanDaily.Outcome::plus);
    return new Progress(ofScan.size(), (int) ofScan.stream().filter(c -> c.done).count(), found);
  }

  /** The partitions planned so far, in the order added. */
  public synchronized List<Partition> partitions() {
    return partitions.stream().map(c -> c.partition).toList();
  }

  @Override
  public synchronized Runnable snapshot() {
    Map<UUID, Scan> scansCopy = Map.copyOf(scans);
    List<Partition> planned = partitions();
    List<Boolean> done = partitions.stream().map(c -> c.done).toList();
    List<ScanDaily.Outcome> found = partitions.stream().map(c -> c.found).toList();
    return () -> {
      synchronized (this) {
        scans.clear();
        scans.putAll(scansCopy);
        partitions.clear();
        for (int i = 0; i < planned.size(); i++) {
          Claimable restored = new Claimable(planned.get(i));
          restored.done = done.get(i);
          restored.found = found.get(i);
          partitions.add(restored);
        }
      }
    };
  }
}
