package org.attain.application.inmemory;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.attain.application.UseCases;
import org.attain.application.port.out.Evidence;
import org.attain.application.port.out.Notifier;
import org.attain.application.port.out.ProgrammeClock;
import org.attain.application.reevaluation.ReevaluationObserver;
import org.attain.application.reevaluation.StoredEvidence;
import org.attain.application.service.Backoff;
import org.attain.application.service.DispatchOutboxService;
import org.attain.application.service.ScanDailyService;
import org.attain.domain.membership.MembershipPolicy;
import org.attain.domain.override.OverridePolicy;
import org.attain.domain.person.AssociationPolicy;

/** One set of in-memory adapters sharing a unit of work, as the application is wired for tests. */
public final class InMemoryStores {

  public final InMemoryOrganizations organizations = new InMemoryOrganizations();
  public final InMemoryPersons persons = new InMemoryPersons();
  public final InMemoryAchievements achievements = new InMemoryAchievements();
  public final InMemoryCatalogs catalogs = new InMemoryCatalogs();
  public final InMemoryMetricReports metrics = new InMemoryMetricReports();
  public final InMemoryMemberships memberships = new InMemoryMemberships();
  public final InMemoryTermRecords termRecords = new InMemoryTermRecords();
  public final InMemoryMarketingProfiles profiles = new InMemoryMarketingProfiles(termRecords);
  public final InMemoryBenefitCatalogs benefitCatalogs = new InMemoryBenefitCatalogs();
  public final InMemoryClaimedBenefits claimedBenefits = new InMemoryClaimedBenefits();
  public final InMemoryReferrals referrals = new InMemoryReferrals();
  public final InMemoryOverrides overrides = new InMemoryOverrides();
  public final InMemoryAuditLog auditLog = new InMemoryAuditLog();
  public final InMemoryAlerts alerts = new InMemoryAlerts();
  public final InMemoryWarningSettings warningSettings = new InMemoryWarningSettings();
  public final InMemoryOrganizationsAtRisk organizationsAtRisk =
      new InMemoryOrganizationsAtRisk(organizations, memberships, alerts);
  public final InMemoryCompetencyHistories histories = new InMemoryCompetencyHistories();
  public final InMemoryOutbox outbox = new InMemoryOutbox();
  public final InMemoryDailyScans dailyScans = new InMemoryDailyScans();
  public final InMemoryUnitOfWork unitOfWork =
      new InMemoryUnitOfWork(
          organizations,
          persons,
          achievements,
          catalogs,
          metrics,
          memberships,
          profiles,
          termRecords,
          claimedBenefits,
          referrals,
          overrides,
          auditLog,
          alerts,
          warningSettings,
          histories,
          outbox,
          dailyScans);
  public final StoredEvidence evidence =
      new StoredEvidence(organizations, persons, achievements, metrics, overrides, catalogs);

  /** The evidence the use cases read: the stored one, with the mark a database would give it. */
  public final Evidence markedEvidence =
      new MarkedEvidence(evidence, organizations, catalogs, unitOfWork);

  public final FixedClock clock;

  public InMemoryStores(LocalDate today) {
    this.clock = new FixedClock(today);
  }

  /** The programme's defaults, with scans partitioned small so that tests see several. */
  public static final UseCases.Policies POLICIES =
      new UseCases.Policies(
          AssociationPolicy.PROGRAMME_DEFAULT,
          MembershipPolicy.PROGRAMME_DEFAULT,
          OverridePolicy.PROGRAMME_DEFAULT,
          DispatchOutboxService.Settings.of(
              new Backoff(Duration.ofSeconds(30), Duration.ofHours(1)), 50),
          new ScanDailyService.Settings("in-memory", 2, Duration.ofMinutes(10)));

  /** Every use case over these stores, with the programme's own clock. */
  public UseCases useCases(Notifier notifier, List<ReevaluationObserver> alsoTold) {
    return useCases(notifier, clock, alsoTold);
  }

  /** Every use case over these stores, timed by {@code clock}. */
  public UseCases useCases(
      Notifier notifier, ProgrammeClock clock, List<ReevaluationObserver> alsoTold) {
    return new UseCases(
        new UseCases.Ports(
            organizations,
            persons,
            achievements,
            catalogs,
            metrics,
            memberships,
            termRecords,
            profiles,
            benefitCatalogs,
            claimedBenefits,
            referrals,
            overrides,
            auditLog,
            alerts,
            warningSettings,
            organizationsAtRisk,
            histories,
            outbox,
            notifier,
            markedEvidence,
            dailyScans,
            clock,
            unitOfWork),
        POLICIES,
        alsoTold);
  }
}
