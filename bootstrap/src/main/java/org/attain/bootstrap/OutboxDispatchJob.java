package org.attain.bootstrap;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.attain.application.port.in.DispatchOutbox;
import org.jboss.logging.Logger;

/**
 * R6: sends the emails the outbox holds, every {@code attain.outbox.poll-interval}. On clustered
 * Quartz one instance runs each round; were two to run at once, the outbox's row locks ({@code FOR
 * UPDATE SKIP LOCKED}) would still keep them from sending the same email.
 *
 * <p>A stop is quiet: at the start of the shutdown, while the database and the mailer are still
 * open, the dispatcher is stopped and the round under way given up to {@link #STOP_GRACE} to record
 * its sends; a round the closing service still cuts short loses nothing (its emails stay leased and
 * go out after the restart) and is logged as such, not as an error.
 */
@ApplicationScoped
public class OutboxDispatchJob {

  private static final Logger LOG = Logger.getLogger(OutboxDispatchJob.class);

  /** Within the grace that platforms give a stopping process (Kubernetes: 30 s). */
  static final Duration STOP_GRACE = Duration.ofSeconds(10);

  private final DispatchOutbox dispatcher;

  private volatile boolean stopping;

  OutboxDispatchJob(DispatchOutbox dispatcher) {
    this.dispatcher = dispatcher;
  }

  @Scheduled(
      identity = "outbox-dispatch",
      every = "${attain.outbox.poll-interval}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void dispatch() {
    DispatchOutbox.Dispatched round;
    try {
      round = dispatcher.dispatchDue();
    } catch (RuntimeException failure) {
      if (!stopping) {
        throw failure;
      }
      LOG.infof(
          "outbox: the stop cut a round short (%s); its emails go out after the restart", failure);
      return;
    }
    if (round.sent() > 0 || round.failed() > 0) {
      LOG.infof(
          "outbox: %d email(s) sent, %d failed and rescheduled", round.sent(), round.failed());
    }
  }

  void stop(@Observes ShutdownEvent shutdown) {
    stopping = true;
    if (!dispatcher.stop(STOP_GRACE)) {
      LOG.infof(
          "outbox: sends still under way after %s at the stop; they go out again after the restart",
          STOP_GRACE);
    }
  }
}
