package org.attain.application.service;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.attain.application.port.in.Actor;
import org.attain.application.port.in.ScanDaily;
import org.attain.application.port.out.DailyScans;
import org.attain.application.port.out.Memberships;
import org.attain.application.port.out.ProgrammeClock;
import org.attain.application.port.out.UnitOfWork;
import org.attain.application.reevaluation.BatchReevaluation;
import org.attain.application.reevaluation.Evaluated;
import org.attain.domain.change.ChangeCause;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.override.AgentOverride;
import org.attain.domain.shared.Guard;

/**
 * R6, R7: the daily scan. The paid organizations of the day are split into partitions that any
 * instance claims for a lease and scans as one batch ({@link BatchReevaluation}); each changed
 * organization is re-evaluated with the cause {@code TimePassed}, or {@code OverrideEnded} when one
 * of its overrides held for the last time yesterday (the earliest granted, if several), so that the
 * history and the alerts name the override.
 */
public final class ScanDailyService implements ScanDaily {

  /** How long to wait before looking again at partitions other instances hold. */
  private static final Duration WAIT_FOR_OTHERS = Duration.ofSeconds(1);

  private final Memberships memberships;
  private final DailyScans scans;
  private final BatchReevaluation batches;
  private final UnitOfWork unitOfWork;
  private final ProgrammeClock clock;
  private final Settings settings;

  /**
   * How this instance takes part in scans.
   *
   * @param instance a name of this instance, unique among those sharing the database
   * @param partitionSize how many organizations a partition holds at most
   * @param lease how long a claimed partition stays this instance's before another may claim it
   */
  public record Settings(String instance, int partitionSize, Duration lease) {
    public Settings {
      Guard.text(instance, "instance", 200);
      Guard.check(partitionSize >= 1, "partitionSize", "partitionSize must be at least 1");
      Guard.check(lease.isPositive(), "lease", "lease must be positive");
    }
  }

  public ScanDailyService(
      Memberships memberships,
      DailyScans scans,
      BatchReevaluation batches,
      UnitOfWork unitOfWork,
      ProgrammeClock clock,
      Settings settings) {
    this.memberships = memberships;
    this.scans = scans;
    this.batches = batches;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
    this.settings = settings;
  }

  @Override
  public Outcome run(LocalDate today) {
    // Changing no organization; run as a change so that losing the race to start it to another
    // instance is retried, and then finds the scan that instance started.
    DailyScans.Started started = unitOfWork.changing(List.of(), () -> scans.startScheduled(today));
    if (started.startedNow()) {
      plan(started.scan(), today);
    }
    return finish(started.scan());
  }

  @Override
  public Outcome rerun(Actor actor) {
    Access.requireAgent(actor);
    LocalDate day = clock.today();
    UUID scan = unitOfWork.run(() -> scans.startAnother(day));
    plan(scan, day);
    return finish(scan);
  }

  @Override
  public Outcome help() {
    return work(Optional.empty());
  }

  /**
   * Works on the scan's partitions until every one is done: those other instances still hold are
   * waited for, and claimed here once their lease ends (their instance died). The whole scan's
   * counts.
   */
  private Outcome finish(UUID scan) {
    while (true) {
      work(Optional.of(scan));
      DailyScans.Progress progress = unitOfWork.read(() -> scans.progress(scan));
      if (progress.finished()) {
        return progress.outcome();
      }
      pause();
    }
  }

  private static void pause() {
    try {
      Thread.sleep(WAIT_FOR_OTHERS.toMillis());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(
          "interrupted while the scan's last partitions ran", interrupted);
    }
  }

  /** One partition per page of paid organizations, each stored as soon as it is known. */
  private void plan(UUID scan, LocalDate day) {
    Optional<OrganizationId> after = Optional.empty();
    for (int number = 0; ; number++) {
      Optional<OrganizationId> from = after;
      List<OrganizationId> page =
          unitOfWork.read(() -> memberships.paidOn(day, from, settings.partitionSize()));
      if (page.isEmpty()) {
        return;
      }
      int partition = number;
      unitOfWork.run(
          () -> {
            scans.addPartition(scan, partition, page.getFirst(), page.getLast());
            return null;
          });
      after = Optional.of(page.getLast());
    }
  }

  private Outcome work(Optional<UUID> scan) {
    Outcome outcome = Outcome.none();
    while (true) {
      Instant now = clock.now();
      Optional<DailyScans.Partition> claimed =
          unitOfWork.run(
              () -> scans.claim(scan, settings.instance(), now, now.plus(settings.lease())));
      if (claimed.isEmpty()) {
        return outcome;
      }
      Outcome done = scan(claimed.get());
      unitOfWork.run(
          () -> {
            scans.finish(
                claimed.get(), clock.now(), done.organizations(), done.changed(), done.failed());
            return null;
          });
      outcome = outcome.plus(done);
    }
  }

  private Outcome scan(DailyScans.Partition partition) {
    LocalDate day = partition.day();
    List<OrganizationId> organizations =
        unitOfWork.read(() -> memberships.paidBetween(day, partition.first(), partition.last()));
    return batches.run(organizations, day, causeOn(day));
  }

  /** What the scan names as the cause of a change found on {@code today}. */
  static Function<Evaluated, ChangeCause> causeOn(LocalDate today) {
    LocalDate yesterday = today.minusDays(1);
    return evaluated -> {
      Optional<AgentOverride> ended =
          evaluated.facts().overrides().stream()
              .filter(o -> o.effectiveLastDay().filter(yesterday::equals).isPresent())
              .min(Comparator.comparing(AgentOverride::grantedOn));
      return ended
          .<ChangeCause>map(
              o -> new ChangeCause.OverrideEnded(o.id(), o.competency(), o.grant(), yesterday))
          .orElseGet(() -> new ChangeCause.TimePassed(today));
    };
  }
}
