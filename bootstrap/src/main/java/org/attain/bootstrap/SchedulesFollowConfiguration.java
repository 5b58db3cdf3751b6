package org.attain.bootstrap;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.TimeZone;
import org.jboss.logging.Logger;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.impl.matchers.GroupMatcher;

/**
 * A changed cron expression or time zone takes effect at the next start: Quartz keeps the triggers
 * of a clustered job store in the database, with their next fire time, and a restart alone would go
 * on firing the stored schedule. At start, each cron job's stored trigger that differs from the
 * configuration is rescheduled from it.
 */
@ApplicationScoped
public class SchedulesFollowConfiguration {

  private static final Logger LOG = Logger.getLogger(SchedulesFollowConfiguration.class);

  private final Scheduler scheduler;
  private final AttainConfig config;

  SchedulesFollowConfiguration(Scheduler scheduler, AttainConfig config) {
    this.scheduler = scheduler;
    this.config = config;
  }

  /** After the scheduler has started and stored the triggers it knows. */
  void onStart(@Observes @Priority(Integer.MAX_VALUE) StartupEvent started)
      throws SchedulerException {
    reconcile();
  }

  /** Reschedules every configured cron job whose stored trigger differs; how many it changed. */
  public int reconcile() throws SchedulerException {
    TimeZone programme = TimeZone.getTimeZone(config.timeZone());
    Map<String, Schedule> configured =
        Map.of(
            "daily-scan", new Schedule(config.dailyScan().cron(), programme),
            "referral-expiry",
                new Schedule(config.referrals().expiry().cron(), TimeZone.getDefault()));
    int changed = 0;
    for (JobKey job : scheduler.getJobKeys(GroupMatcher.anyJobGroup())) {
      Schedule wanted = configured.get(job.getName());
      if (wanted == null) {
        continue;
      }
      for (Trigger trigger : scheduler.getTriggersOfJob(job)) {
        if (trigger instanceof CronTrigger cron && !wanted.isThatOf(cron)) {
          scheduler.rescheduleJob(
              cron.getKey(),
              cron.getTriggerBuilder()
                  .withSchedule(
                      CronScheduleBuilder.cronSchedule(wanted.cron()).inTimeZone(wanted.zone()))
                  .startNow()
                  .build());
          LOG.infof(
              "job %s: stored schedule '%s' replaced by the configured '%s' (%s)",
              job.getName(), cron.getCronExpression(), wanted.cron(), wanted.zone().getID());
          changed++;
        }
      }
    }
    return changed;
  }

  private record Schedule(String cron, TimeZone zone) {
    boolean isThatOf(CronTrigger trigger) {
      return cron.equals(trigger.getCronExpression())
          && zone.getID().equals(trigger.getTimeZone().getID());
    }
  }
}
