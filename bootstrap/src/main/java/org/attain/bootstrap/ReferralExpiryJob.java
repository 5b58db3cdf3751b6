package org.attain.bootstrap;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.attain.application.port.in.ManageReferrals;
import org.attain.application.port.out.ProgrammeClock;
import org.jboss.logging.Logger;

/**
 * R8: expires the referrals left unanswered past their last day, on start and then on the {@code
 * attain.referrals.expiry.cron} schedule (hourly by default), so that no request has to trigger it.
 * Uses only the scheduler's {@code @Scheduled} API, whatever Quartz's store; running it twice is
 * harmless, as an expired referral is no longer open.
 */
@ApplicationScoped
public class ReferralExpiryJob {

  private static final Logger LOG = Logger.getLogger(ReferralExpiryJob.class);

  private final ManageReferrals referrals;
  private final ProgrammeClock clock;

  ReferralExpiryJob(ManageReferrals referrals, ProgrammeClock clock) {
    this.referrals = referrals;
    this.clock = clock;
  }

  void onStart(@Observes StartupEvent started) {
    expire();
  }

  @Scheduled(
      identity = "referral-expiry",
      cron = "${attain.referrals.expiry.cron}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void expire() {
    int expired = referrals.expireUnanswered(clock.today());
    if (expired > 0) {
      LOG.infof("expired %d referral(s) left unanswered", expired);
    }
  }
}
