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
    report("daily scan", scan.run(clock.today()));
  }

  /**
   * Every instance looks for partitions of a scan left to claim (another instance's, or one whose
   * instance died), so that several share one night's scan. Not clustered: each instance runs it.
   */
  @Scheduled(
      identity = "daily-scan-help",
      every = "${attain.daily-scan.help-interval}",
      delayed = "${attain.daily-scan.help-interval}",
      executeWith = Scheduled.SIMPLE,
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void help() {
    ScanDaily.Outcome outcome = scan.help();
    if (outcome.organizations() > 0) {
      report("daily scan (helping)", outcome);
    }
  }

  private static void report(String what, ScanDaily.Outcome outcome) {
    LOG.infof(
        "%s: %d organization(s) scanned, %d re-evaluated, %d failed",
        what, outcome.organizations(), outcome.changed(), outcome.failed());
  }
}
