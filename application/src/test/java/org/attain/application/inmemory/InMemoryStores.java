package org.attain.application.inmemory;

import java.time.LocalDate;

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
  public final RecordingDomainEvents events = new RecordingDomainEvents();
  public final InMemoryOverrides overrides = new InMemoryOverrides();
  public final InMemoryAuditLog auditLog = new InMemoryAuditLog();
  public final InMemoryAlerts alerts = new InMemoryAlerts();
  public final InMemoryCompetencyHistories histories = new InMemoryCompetencyHistories();
  public final InMemoryOutbox outbox = new InMemoryOutbox();
  public final InMemoryUnitOfWork unitOfWork =
      new InMemoryUnitOfWork(
          organizations,
          persons,
          achievements,
          catalogs,
          metrics,
          memberships,
          profiles,
          events,
          termRecords,
          claimedBenefits,
          referrals,
          overrides,
          auditLog,
          alerts,
          histories,
          outbox);
  public final FixedClock clock;

  public InMemoryStores(LocalDate today) {
    this.clock = new FixedClock(today);
  }
}
