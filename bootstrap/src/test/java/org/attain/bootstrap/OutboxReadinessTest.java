package org.attain.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.attain.application.port.in.DispatchOutbox.Backlog;
import org.attain.application.port.out.ProgrammeClock;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/**
 * The readiness rule on a fake backlog and a clock the test moves: DOWN only when an email has been
 * due longer than stuck-after and no dispatch round has ended for as long; the store is read at
 * most once a second whatever the number of readers.
 */
class OutboxReadinessTest {

  private static final Duration STUCK_AFTER = Duration.ofMinutes(15);

  private final MovingClock clock = new MovingClock(Instant.parse("2026-03-02T10:00:00Z"));
  private final AtomicReference<Backlog> backlog =
      new AtomicReference<>(new Backlog(0, Duration.ZERO, Duration.ZERO));
  private final AtomicInteger reads = new AtomicInteger();
  private final OutboxWatch watch =
      new OutboxWatch(
          () -> {
            reads.incrementAndGet();
            return backlog.get();
          },
          clock,
          STUCK_AFTER);

  @Test
  void anEmptyOutboxIsReadyHoweverLongNoRoundRan() {
    clock.advance(Duration.ofHours(5));

    assertThat(status()).isEqualTo(HealthCheckResponse.Status.UP);
  }

  @Test
  void anEmailOverdueLongerThanStuckAfterWithNoRoundSinceMakesItDown() {
    clock.advance(STUCK_AFTER.plusSeconds(1));
    overdue(STUCK_AFTER.plusSeconds(1));

    HealthCheckResponse response = OutboxReadiness.check(watch);

    assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
    assertThat(response.getName()).isEqualTo("outbox-dispatcher");
    assertThat(response.getData().orElseThrow()).containsKey("stuck").containsEntry("pending", 3L);
  }

  @Test
  void aRoundEndingBringsItBackUpThoughTheEmailIsStillOverdue() {
    clock.advance(STUCK_AFTER.plusSeconds(1));
    overdue(STUCK_AFTER.plusSeconds(1));
    assertThat(status()).isEqualTo(HealthCheckResponse.Status.DOWN);

    watch.roundEnded();
    clock.advance(Duration.ofSeconds(2));

    assertThat(status()).isEqualTo(HealthCheckResponse.Status.UP);
  }

  @Test
  void aLongOverdueEmailIsNotStuckWhileRoundsKeepEnding() {
    overdue(Duration.ofHours(2));
    for (int minute = 0; minute < 30; minute++) {
      clock.advance(Duration.ofMinutes(1));
      watch.roundEnded();
      assertThat(status()).isEqualTo(HealthCheckResponse.Status.UP);
    }
  }

  @Test
  void noRoundForLongButNothingOverdueLongerThanStuckAfterIsUp() {
    clock.advance(Duration.ofHours(1));
    overdue(STUCK_AFTER);

    assertThat(status()).isEqualTo(HealthCheckResponse.Status.UP);
  }

  @Test
  void aServiceStartingWithAnOldBacklogHasStuckAfterToWorkItOff() {
    overdue(Duration.ofDays(2));
    assertThat(status()).isEqualTo(HealthCheckResponse.Status.UP);

    clock.advance(STUCK_AFTER.plusSeconds(1));

    assertThat(status()).isEqualTo(HealthCheckResponse.Status.DOWN);
  }

  @Test
  void anUnreadableOutboxIsDown() {
    OutboxWatch broken =
        new OutboxWatch(
            () -> {
              throw new IllegalStateException("database unreachable");
            },
            clock,
            STUCK_AFTER);

    HealthCheckResponse response = OutboxReadiness.check(broken);

    assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
    assertThat(response.getData().orElseThrow().get("error").toString())
        .contains("database unreachable");
  }

  @Test
  void theStoreIsReadAtMostOnceASecondWhateverTheNumberOfReaders() {
    for (int i = 0; i < 10; i++) {
      watch.backlog();
      OutboxReadiness.check(watch);
    }
    assertThat(reads).hasValue(1);

    clock.advance(Duration.ofMillis(999));
    watch.backlog();
    assertThat(reads).hasValue(1);

    clock.advance(Duration.ofMillis(1));
    watch.backlog();
    assertThat(reads).hasValue(2);
  }

  @Test
  void aClockSetBackReadsAgainRatherThanKeepAnOldAnswer() {
    watch.backlog();
    clock.advance(Duration.ofDays(-1));

    watch.backlog();

    assertThat(reads).hasValue(2);
  }

  /** Three pending emails, the earliest due for {@code overdue}; a fresh read sees it. */
  private void overdue(Duration overdue) {
    backlog.set(new Backlog(3, overdue.plusMinutes(1), overdue));
    clock.advance(OutboxWatch.FRESH_FOR);
  }

  private HealthCheckResponse.Status status() {
    return OutboxReadiness.check(watch).getStatus();
  }

  /** A clock the test moves by hand. */
  private static final class MovingClock implements ProgrammeClock {

    private final AtomicReference<Instant> now;

    MovingClock(Instant start) {
      this.now = new AtomicReference<>(start);
    }

    void advance(Duration duration) {
      now.updateAndGet(instant -> instant.plus(duration));
    }

    @Override
    public Instant now() {
      return now.get();
    }

    @Override
    public LocalDate today() {
      return LocalDate.ofInstant(now.get(), ZoneOffset.UTC);
    }
  }
}
