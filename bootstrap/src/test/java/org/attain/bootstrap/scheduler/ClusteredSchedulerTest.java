package org.attain.bootstrap.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.attain.bootstrap.AttainConfig;
import org.attain.bootstrap.SchedulesFollowConfiguration;
import org.junit.jupiter.api.Test;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SchedulerMetaData;
import org.quartz.TriggerKey;
import org.quartz.impl.jdbcjobstore.JobStoreCMT;
import org.quartz.impl.matchers.GroupMatcher;

/**
 * Scheduled jobs run on Quartz clustered on the service's database (H2 or PostgreSQL): its triggers
 * and its cluster check-ins are rows of the QRTZ_ tables, which is what lets a daily job run once
 * across every instance.
 */
@QuarkusTest
class ClusteredSchedulerTest {

  @Inject Scheduler scheduler;
  @Inject Heartbeat heartbeat;
  @Inject DataSource dataSource;
  @Inject SchedulesFollowConfiguration schedules;
  @Inject AttainConfig config;

  @Test
  void theSchedulerIsClusteredOnTheDatabasesJobStore() throws SchedulerException, SQLException {
    SchedulerMetaData metaData = scheduler.getMetaData();

    assertThat(metaData.isStarted()).isTrue();
    assertThat(metaData.getSchedulerName()).isEqualTo("attain");
    assertThat(metaData.isJobStoreClustered()).isTrue();
    assertThat(metaData.isJobStoreSupportsPersistence()).isTrue();
    assertThat(JobStoreCMT.class).isAssignableFrom(metaData.getJobStoreClass());
    TriggerKey heartbeatTrigger =
        scheduler.getTriggerKeys(GroupMatcher.anyTriggerGroup()).stream()
            .filter(key -> key.getName().startsWith(Heartbeat.IDENTITY))
            .findFirst()
            .orElseThrow();
    assertThat(
            rows(
                "select count(*) from qrtz_triggers where sched_name = ? and trigger_name = ?",
                heartbeatTrigger.getName()))
        .as("the heartbeat's trigger is stored in the database")
        .isEqualTo(1);
    assertThat(
            rows(
                "select count(*) from qrtz_scheduler_state where sched_name = ? and instance_name = ?",
                metaData.getSchedulerInstanceId()))
        .as("this instance checks in to the cluster")
        .isEqualTo(1);
  }

  @Test
  void aCronChangedSinceTheTriggerWasStoredTakesEffectAtStart() throws SchedulerException {
    CronTrigger stored = dailyScanTrigger();
    scheduler.rescheduleJob(
        stored.getKey(),
        stored
            .getTriggerBuilder()
            .withSchedule(CronScheduleBuilder.cronSchedule("0 0 3 * * ?"))
            .build());
    assertThat(dailyScanTrigger().getCronExpression())
        .as("as an earlier deployment stored it")
        .isEqualTo("0 0 3 * * ?");

    int changed = schedules.reconcile();

    assertThat(changed).isEqualTo(1);
    assertThat(dailyScanTrigger().getCronExpression()).isEqualTo(config.dailyScan().cron());
    assertThat(schedules.reconcile()).as("nothing left to change").isZero();
  }

  private CronTrigger dailyScanTrigger() throws SchedulerException {
    JobKey job =
        scheduler.getJobKeys(GroupMatcher.anyJobGroup()).stream()
            .filter(key -> key.getName().equals("daily-scan"))
            .findFirst()
            .orElseThrow();
    return (CronTrigger) scheduler.getTriggersOfJob(job).getFirst();
  }

  @Test
  void aScheduledMethodFires() throws InterruptedException {
    assertThat(heartbeat.beats().await(15, TimeUnit.SECONDS)).isTrue();
  }

  private int rows(String query, String name) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(query)) {
      statement.setString(1, "attain");
      statement.setString(2, name);
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getInt(1);
      }
    }
  }
}
