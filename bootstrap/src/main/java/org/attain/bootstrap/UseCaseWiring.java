package org.attain.bootstrap;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.attain.application.UseCases;
import org.attain.application.port.in.AskWhatIf;
import org.attain.application.port.in.ChangeAssociation;
import org.attain.application.port.in.DispatchOutbox;
import org.attain.application.port.in.ListMembers;
import org.attain.application.port.in.ListOrganizationsAtRisk;
import org.attain.application.port.in.ManageAlerts;
import org.attain.application.port.in.ManageBenefits;
import org.attain.application.port.in.ManageCatalog;
import org.attain.application.port.in.ManageMembership;
import org.attain.application.port.in.ManageOverrides;
import org.attain.application.port.in.ManageProfile;
import org.attain.application.port.in.ManageReferrals;
import org.attain.application.port.in.ManageWarnings;
import org.attain.application.port.in.ReadAuditLog;
import org.attain.application.port.in.ReadCompetencies;
import org.attain.application.port.in.ReadCompetencyHistory;
import org.attain.application.port.in.ReadOrganizations;
import org.attain.application.port.in.ReadPersons;
import org.attain.application.port.in.ReadRobustness;
import org.attain.application.port.in.RecordAchievement;
import org.attain.application.port.in.RecordMetrics;
import org.attain.application.port.in.RegisterOrganization;
import org.attain.application.port.in.RegisterPerson;
import org.attain.application.port.in.ScanDaily;
import org.attain.application.port.out.Achievements;
import org.attain.application.port.out.Alerts;
import org.attain.application.port.out.AuditLog;
import org.attain.application.port.out.BenefitCatalogs;
import org.attain.application.port.out.Catalogs;
import org.attain.application.port.out.ClaimedBenefits;
import org.attain.application.port.out.CompetencyHistories;
import org.attain.application.port.out.DailyScans;
import org.attain.application.port.out.Evidence;
import org.attain.application.port.out.MarketingProfiles;
import org.attain.application.port.out.Memberships;
import org.attain.application.port.out.MetricReports;
import org.attain.application.port.out.Notifier;
import org.attain.application.port.out.Organizations;
import org.attain.application.port.out.OrganizationsAtRisk;
import org.attain.application.port.out.Outbox;
import org.attain.application.port.out.Overrides;
import org.attain.application.port.out.Persons;
import org.attain.application.port.out.ProgrammeClock;
import org.attain.application.port.out.Referrals;
import org.attain.application.port.out.TermRecords;
import org.attain.application.port.out.UnitOfWork;
import org.attain.application.port.out.WarningSettings;
import org.attain.application.service.Backoff;
import org.attain.application.service.DispatchOutboxService;
import org.attain.application.service.ScanDailyService;
import org.attain.domain.membership.FeeSchedule;
import org.attain.domain.membership.MembershipPolicy;
import org.attain.domain.membership.TermPolicy;
import org.attain.domain.override.OverridePolicy;
import org.attain.domain.person.AssociationPolicy;

/**
 * The composition root: hands the adapters of every port and the configured policies to the
 * application's own factory ({@link UseCases}), and makes each use case a bean. Transactions are
 * the {@link UnitOfWork} port's job, not an interceptor's.
 */
@Singleton
public class UseCaseWiring {

  @Produces
  @Singleton
  ProgrammeClock programmeClock(AttainConfig config) {
    return new SystemProgrammeClock(Clock.system(config.timeZone()));
  }

  @Produces
  @Singleton
  UseCases useCases(
      Organizations organizations,
      Persons persons,
      Achievements achievements,
      Catalogs catalogs,
      MetricReports metrics,
      Memberships memberships,
      TermRecords termRecords,
      MarketingProfiles profiles,
      BenefitCatalogs benefitCatalogs,
      ClaimedBenefits claimedBenefits,
      Referrals referrals,
      Overrides overrides,
      AuditLog auditLog,
      Alerts alerts,
      WarningSettings warningSettings,
      OrganizationsAtRisk organizationsAtRisk,
      CompetencyHistories histories,
      Outbox outbox,
      Notifier notifier,
      Evidence evidence,
      DailyScans dailyScans,
      ProgrammeClock clock,
      UnitOfWork unitOfWork,
      AttainConfig config) {
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
            evidence,
            dailyScans,
            clock,
            unitOfWork),
        policies(config));
  }

  private static UseCases.Policies policies(AttainConfig config) {
    AttainConfig.Association association = config.association();
    TermPolicy terms =
        switch (config.membership().termPolicy()) {
          case ANNIVERSARY -> TermPolicy.ANNIVERSARY;
          case CALENDAR_YEAR -> TermPolicy.CALENDAR_YEAR;
        };
    AttainConfig.Outbox outbox = config.outbox();
    AttainConfig.DailyScan scan = config.dailyScan();
    return new UseCases.Policies(
        new AssociationPolicy(
            association.maxPerWindow(), association.window(), association.minimumGap()),
        new MembershipPolicy(terms, FeeSchedule.PROGRAMME_DEFAULT),
        new OverridePolicy(config.overrides().maximumLength()),
        new DispatchOutboxService.Settings(
            new Backoff(outbox.backoffBase(), outbox.backoffCap()),
            outbox.batchSize(),
            outbox.parallelism(),
            outbox.sendTimeout(),
            outbox.lease()),
        new ScanDailyService.Settings(scan.instance(), scan.partitionSize(), scan.lease()));
  }

  @Produces
  @Singleton
  RegisterOrganization registerOrganization(UseCases useCases) {
    return useCases.registerOrganization();
  }

  @Produces
  @Singleton
  ManageWarnings manageWarnings(UseCases useCases) {
    return useCases.manageWarnings();
  }

  @Produces
  @Singleton
  ReadOrganizations readOrganizations(UseCases useCases) {
    return useCases.readOrganizations();
  }

  @Produces
  @Singleton
  RegisterPerson registerPerson(UseCases useCases) {
    return useCases.registerPerson();
  }

  @Produces
  @Singleton
  ReadPersons readPersons(UseCases useCases) {
    return useCases.readPersons();
  }

  @Produces
  @Singleton
  RecordAchievement recordAchievement(UseCases useCases) {
    return useCases.recordAchievement();
  }

  @Produces
  @Singleton
  ChangeAssociation changeAssociation(UseCases useCases) {
    return useCases.changeAssociation();
  }

  @Produces
  @Singleton
  ListMembers listMembers(UseCases useCases) {
    return useCases.listMembers();
  }

  @Produces
  @Singleton
  ManageCatalog manageCatalog(UseCases useCases) {
    return useCases.manageCatalog();
  }

  @Produces
  @Singleton
  RecordMetrics recordMetrics(UseCases useCases) {
    return useCases.recordMetrics();
  }

  @Produces
  @Singleton
  ReadCompetencies readCompetencies(UseCases useCases) {
    return useCases.readCompetencies();
  }

  @Produces
  @Singleton
  ReadRobustness readRobustness(UseCases useCases) {
    return useCases.readRobustness();
  }

  @Produces
  @Singleton
  AskWhatIf askWhatIf(UseCases useCases) {
    return useCases.askWhatIf();
  }

  @Produces
  @Singleton
  ManageMembership manageMembership(UseCases useCases) {
    return useCases.manageMembership();
  }

  @Produces
  @Singleton
  ManageProfile manageProfile(UseCases useCases) {
    return useCases.manageProfile();
  }

  @Produces
  @Singleton
  ManageBenefits manageBenefits(UseCases useCases) {
    return useCases.manageBenefits();
  }

  @Produces
  @Singleton
  ManageReferrals manageReferrals(UseCases useCases) {
    return useCases.manageReferrals();
  }

  @Produces
  @Singleton
  ManageOverrides manageOverrides(UseCases useCases) {
    return useCases.manageOverrides();
  }

  @Produces
  @Singleton
  ReadAuditLog readAuditLog(UseCases useCases) {
    return useCases.readAuditLog();
  }

  @Produces
  @Singleton
  ManageAlerts manageAlerts(UseCases useCases) {
    return useCases.manageAlerts();
  }

  @Produces
  @Singleton
  ListOrganizationsAtRisk listOrganizationsAtRisk(UseCases useCases) {
    return useCases.listOrganizationsAtRisk();
  }

  @Produces
  @Singleton
  ReadCompetencyHistory readCompetencyHistory(UseCases useCases) {
    return useCases.readCompetencyHistory();
  }

  @Produces
  @Singleton
  DispatchOutbox dispatchOutbox(UseCases useCases, OutboxMonitoring monitoring) {
    return monitoring.metered(useCases.dispatchOutbox());
  }

  @Produces
  @Singleton
  ScanDaily scanDaily(UseCases useCases) {
    return useCases.scanDaily();
  }
}
