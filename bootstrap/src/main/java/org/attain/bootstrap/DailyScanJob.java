package org.attain.bootstrap;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.attain.application.port.in.ScanDaily;
import org.attain.application.port.out.ProgrammeClock;
import org.jboss.logging.Logger;

/**
 * R6, R7: once a day, re-evaluates every organization with a paid membership, so that what lapses
 * by date alone (an achievement's expiry, an exam's end of credit, an override's end) raises its
 * alert on the day. Quartz is clustered on the database, so each day's firing runs on one instance
 * however many run; the cron is read in the programme's time zone.
 */
@ApplicationScoped
public class DailyScanJob {

  private static final Logger LOG = Logger.getLogger(DailyScanJob.class);

  private final ScanDaily scan;
  private final ProgrammeClock clock;

  DailyScanJob(ScanDaily scan, ProgrammeClock clock) {
    this.scan = scan;
    this.clock = clock;
  }

  @Scheduled(
      identity = "daily-scan",
      cron = "${attain.daily-scan.cron}",
      timeZone = "${attain.time-zone}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scan() {
    ScanDaily.Outcome outcome = scan.run(clock.today());
    LOG.infof(
        "daily scan: %d organization(s) re-evaluated, %d failed",
        outcome.scanned().size(), outcome.failed().size());
  }
}
