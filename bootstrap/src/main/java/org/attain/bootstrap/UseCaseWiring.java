package org.attain.bootstrap;

import io.quarkus.arc.All;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import org.attain.application.port.out.Achievements;
import org.attain.application.port.out.Alerts;
import org.attain.application.port.out.AuditLog;
import org.attain.application.port.out.BenefitCatalogs;
import org.attain.application.port.out.Catalogs;
import org.attain.application.port.out.ClaimedBenefits;
import org.attain.application.port.out.CompetencyHistories;
import org.attain.application.port.out.DomainEvents;
import org.attain.application.port.out.MarketingProfiles;
import org.attain.application.port.out.Memberships;
import org.attain.application.port.out.MetricReports;
import org.attain.application.port.out.Notifier;
import org.attain.application.port.out.Organizations;
import org.attain.application.port.out.Outbox;
import org.attain.application.port.out.Overrides;
import org.attain.application.port.out.Persons;
import org.attain.application.port.out.ProgrammeClock;
import org.attain.application.port.out.Referrals;
import org.attain.application.port.out.TermRecords;
import org.attain.application.port.out.UnitOfWork;
import org.attain.application.reaction.AttainmentObserver;
import org.attain.application.reaction.Reevaluations;
import org.attain.application.reaction.TermRecordKeeper;
import org.attain.application.service.AchievementService;
import org.attain.application.service.AlertService;
import org.attain.application.service.AssociationService;
import org.attain.application.service.AuditLogService;
import org.attain.application.service.Backoff;
import org.attain.application.service.BenefitService;
import org.attain.application.service.CatalogService;
import org.attain.application.service.CompetencyHistoryService;
import org.attain.application.service.CompetencyService;
import org.attain.application.service.DailyScanService;
import org.attain.application.service.MemberService;
import org.attain.application.service.MembershipService;
import org.attain.application.service.MetricService;
import org.attain.application.service.OrganizationEvaluator;
import org.attain.application.service.OrganizationService;
import org.attain.application.service.OutboxDispatcher;
import org.attain.application.service.OverrideService;
import org.attain.application.service.PersonService;
import org.attain.application.service.ProfileService;
import org.attain.application.service.ReferralService;
import org.attain.application.service.RenewalRiskWatch;
import org.attain.domain.membership.FeeSchedule;
import org.attain.domain.membership.MembershipPolicy;
import org.attain.domain.membership.TermPolicy;
import org.attain.domain.override.OverridePolicy;
import org.attain.domain.person.AssociationPolicy;

/**
 * The composition root: turns the plain-Java use cases into beans, handing each the adapters of its
 * ports. Transactions are the {@link UnitOfWork} port's job, not an interceptor's.
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
  DomainEvents domainEvents() {
    return new LoggedDomainEvents();
  }

  @Produces
  @Singleton
  AssociationPolicy associationPolicy(AttainConfig config) {
    AttainConfig.Association policy = config.association();
    return new AssociationPolicy(policy.maxPerWindow(), policy.window(), policy.minimumGap());
  }

  @Produces
  @Singleton
  MembershipPolicy membershipPolicy(AttainConfig config) {
    TermPolicy terms =
        switch (config.membership().termPolicy()) {
          case ANNIVERSARY -> TermPolicy.ANNIVERSARY;
          case CALENDAR_YEAR -> TermPolicy.CALENDAR_YEAR;
        };
    return new MembershipPolicy(terms, FeeSchedule.PROGRAMME_DEFAULT);
  }

  @Produces
  @Singleton
  OrganizationService organizationService(Organizations organizations, UnitOfWork unitOfWork) {
    return new OrganizationService(organizations, unitOfWork);
  }

  @Produces
  @Singleton
  PersonService personService(Persons persons, UnitOfWork unitOfWork) {
    return new PersonService(persons, unitOfWork);
  }

  /** R6, R8: every observer bean reacts to each re-evaluation; the term record keeper is one. */
  @Produces
  @Singleton
  Reevaluations reevaluations(
      Organizations organizations,
      Catalogs catalogs,
      OrganizationEvaluator evaluator,
      Memberships memberships,
      @All List<AttainmentObserver> observers) {
    return new Reevaluations(organizations, catalogs, evaluator, memberships, observers);
  }

  /** R1, R2, R7: the engine over the stores, the agents' overrides included; shared by the uses. */
  @Produces
  @Singleton
  OrganizationEvaluator organizationEvaluator(
      Persons persons,
      Achievements achievements,
      MetricReports metrics,
      Catalogs catalogs,
      Overrides overrides) {
    return new OrganizationEvaluator(persons, achievements, metrics, catalogs, overrides);
  }

  @Produces
  @Singleton
  TermRecordKeeper termRecordKeeper(TermRecords records) {
    return new TermRecordKeeper(records);
  }

  @Produces
  @Singleton
  AchievementService achievementService(
      Persons persons,
      Achievements achievements,
      UnitOfWork unitOfWork,
      ProgrammeClock clock,
      Reevaluations reevaluations) {
    return new AchievementService(persons, achievements, unitOfWork, clock, reevaluations);
  }

  @Produces
  @Singleton
  AssociationService associationService(
      Persons persons,
      Organizations organizations,
      DomainEvents events,
      ProgrammeClock clock,
      AssociationPolicy policy,
      UnitOfWork unitOfWork,
      Reevaluations reevaluations) {
    return new AssociationService(
        persons, organizations, events, clock, policy, unitOfWork, reevaluations);
  }

  @Produces
  @Singleton
  CompetencyService competencyService(
      Organizations organizations,
      OrganizationEvaluator evaluator,
      ProgrammeClock clock,
      UnitOfWork unitOfWork) {
    return new CompetencyService(organizations, evaluator, clock, unitOfWork);
  }

  @Produces
  @Singleton
  CatalogService catalogService(
      Catalogs catalogs,
      AuditLog auditLog,
      ProgrammeClock clock,
      UnitOfWork unitOfWork,
      Memberships memberships,
      Reevaluations reevaluations) {
    return new CatalogService(catalogs, auditLog, clock, unitOfWork, memberships, reevaluations);
  }

  @Produces
  @Singleton
  MetricService metricService(
      Organizations organizations,
      MetricReports metrics,
      UnitOfWork unitOfWork,
      ProgrammeClock clock,
      Reevaluations reevaluations) {
    return new MetricService(organizations, metrics, unitOfWork, clock, reevaluations);
  }

  @Produces
  @Singleton
  MemberService memberService(
      Organizations organizations,
      Persons persons,
      Achievements achievements,
      UnitOfWork unitOfWork) {
    return new MemberService(organizations, persons, achievements, unitOfWork);
  }

  @Produces
  @Singleton
  MembershipService membershipService(
      Organizations organizations,
      OrganizationEvaluator evaluator,
      Memberships memberships,
      MembershipPolicy policy,
      ProgrammeClock clock,
      UnitOfWork unitOfWork,
      Reevaluations reevaluations) {
    return new MembershipService(
        organizations, memberships, evaluator, policy, clock, unitOfWork, reevaluations);
  }

  @Produces
  @Singleton
  ProfileService profileService(
      Organizations organizations,
      OrganizationEvaluator evaluator,
      Memberships memberships,
      MarketingProfiles profiles,
      TermRecords termRecords,
      ProgrammeClock clock,
      UnitOfWork unitOfWork) {
    return new ProfileService(
        organizations, evaluator, memberships, profiles, termRecords, clock, unitOfWork);
  }

  @Produces
  @Singleton
  BenefitService benefitService(
      Organizations organizations,
      OrganizationEvaluator evaluator,
      Memberships memberships,
      BenefitCatalogs benefitCatalogs,
      ClaimedBenefits claimedBenefits,
      TermRecords termRecords,
      ProgrammeClock clock,
      UnitOfWork unitOfWork) {
    return new BenefitService(
        organizations,
        evaluator,
        memberships,
        benefitCatalogs,
        claimedBenefits,
        termRecords,
        clock,
        unitOfWork);
  }

  @Produces
  @Singleton
  OverridePolicy overridePolicy(AttainConfig config) {
    return new OverridePolicy(config.overrides().maximumLength());
  }

  @Produces
  @Singleton
  OverrideService overrideService(
      Organizations organizations,
      Persons persons,
      Catalogs catalogs,
      Overrides overrides,
      AuditLog auditLog,
      OverridePolicy policy,
      ProgrammeClock clock,
      UnitOfWork unitOfWork,
      Reevaluations reevaluations) {
    return new OverrideService(
        organizations,
        persons,
        catalogs,
        overrides,
        auditLog,
        policy,
        clock,
        unitOfWork,
        reevaluations);
  }

  @Produces
  @Singleton
  ReferralService referralService(
      MarketingProfiles profiles,
      Referrals referrals,
      ProgrammeClock clock,
      UnitOfWork unitOfWork) {
    return new ReferralService(profiles, referrals, clock, unitOfWork);
  }

  @Produces
  @Singleton
  AuditLogService auditLogService(AuditLog auditLog, UnitOfWork unitOfWork) {
    return new AuditLogService(auditLog, unitOfWork);
  }

  /** R6: after every re-evaluation, the competency history, the alerts and their emails. */
  @Produces
  @Singleton
  RenewalRiskWatch renewalRiskWatch(
      Persons persons,
      Achievements achievements,
      OrganizationEvaluator evaluator,
      Alerts alerts,
      CompetencyHistories histories,
      Outbox outbox) {
    return new RenewalRiskWatch(
        persons, achievements, evaluator, alerts, histories, outbox, Clock.systemUTC());
  }

  @Produces
  @Singleton
  AlertService alertService(
      Organizations organizations, Alerts alerts, ProgrammeClock clock, UnitOfWork unitOfWork) {
    return new AlertService(organizations, alerts, clock, unitOfWork);
  }

  @Produces
  @Singleton
  CompetencyHistoryService competencyHistoryService(
      Organizations organizations, CompetencyHistories histories, UnitOfWork unitOfWork) {
    return new CompetencyHistoryService(organizations, histories, unitOfWork);
  }

  @Produces
  @Singleton
  OutboxDispatcher outboxDispatcher(
      Outbox outbox, Notifier notifier, UnitOfWork unitOfWork, AttainConfig config) {
    AttainConfig.Outbox settings = config.outbox();
    return new OutboxDispatcher(
        outbox,
        notifier,
        unitOfWork,
        Clock.systemUTC(),
        new Backoff(settings.backoffBase(), settings.backoffCap()),
        settings.batchSize());
  }

  @Produces
  @Singleton
  DailyScanService dailyScan(
      Memberships memberships,
      Overrides overrides,
      Reevaluations reevaluations,
      UnitOfWork unitOfWork) {
    return new DailyScanService(memberships, overrides, reevaluations, unitOfWork);
  }
}
