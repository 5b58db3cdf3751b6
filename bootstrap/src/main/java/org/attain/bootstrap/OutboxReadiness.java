package org.attain.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.attain.application.port.in.DispatchOutbox;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of R6's email delivery ({@code outbox-dispatcher} at {@code /q/health/ready}): DOWN
 * when an email has been due for longer than {@code attain.outbox.stuck-after} and no dispatch
 * round has ended for as long, or when the outbox cannot be read; UP otherwise, with the backlog.
 * An SMTP server that refuses every email does not make it DOWN: the dispatcher reschedules them,
 * so rounds end and nothing stays overdue (the failed counter and the oldest age show it).
 */
@Readiness
@ApplicationScoped
public class OutboxReadiness implements HealthCheck {

  static final String NAME = "outbox-dispatcher";

  private final OutboxMonitoring monitoring;

  OutboxReadiness(OutboxMonitoring monitoring) {
    this.monitoring = monitoring;
  }

  @Override
  public HealthCheckResponse call() {
    return check(monitoring.watch());
  }

  static HealthCheckResponse check(OutboxWatch watch) {
    HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME);
    DispatchOutbox.Backlog backlog;
    Optional<String> stuck;
    try {
      backlog = watch.backlog();
      stuck = watch.stuck();
    } catch (RuntimeException unreadable) {
      return response.down().withData("error", "the outbox cannot be read: " + unreadable).build();
    }
    response
        .withData("pending", backlog.pending())
        .withData("oldestPendingAge", backlog.oldestPendingAge().toString())
        .withData("longestOverdue", backlog.longestOverdue().toString())
        .withData("sinceLastRound", watch.sinceLastRound().toString())
        .withData("stuckAfter", watch.stuckAfter().toString());
    if (stuck.isPresent()) {
      return response.down().withData("stuck", stuck.get()).build();
    }
    return response.up().build();
  }
}
