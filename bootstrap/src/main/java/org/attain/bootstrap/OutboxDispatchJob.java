package org.attain.bootstrap;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.attain.application.port.in.DispatchOutbox;
import org.jboss.logging.Logger;

/**
 * R6: sends the emails the outbox holds, every {@code attain.outbox.poll-interval}. On clustered
 * Quartz one instance runs each round; were two to run at once, the outbox's row locks ({@code FOR
 * UPDATE SKIP LOCKED}) would still keep them from sending the same email.
 */
@ApplicationScoped
public class OutboxDispatchJob {

  private static final Logger LOG = Logger.getLogger(OutboxDispatchJob.class);

  private final DispatchOutbox dispatcher;

  OutboxDispatchJob(DispatchOutbox dispatcher) {
    this.dispatcher = dispatcher;
  }

  @Scheduled(
      identity = "outbox-dispatch",
      every = "${attain.outbox.poll-interval}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void dispatch() {
    DispatchOutbox.Dispatched round = dispatcher.dispatchDue();
    if (round.sent() > 0 || round.failed() > 0) {
      LOG.infof(
          "outbox: %d email(s) sent, %d failed and rescheduled", round.sent(), round.failed());
    }
  }
}
