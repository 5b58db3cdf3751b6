package org.attain.bootstrap;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.attain.application.port.out.Achievements;
import org.attain.application.port.out.AuditLog;
import org.attain.application.port.out.Catalogs;
import org.attain.application.port.out.DomainEvents;
import org.attain.application.port.out.MarketingProfiles;
import org.attain.application.port.out.Memberships;
import org.attain.application.port.out.MetricReports;
import org.attain.application.port.out.Organizations;
import org.attain.application.port.out.Overrides;
import org.attain.application.port.out.Persons;
import org.attain.application.port.out.ProgrammeClock;
import org.attain.application.port.out.UnitOfWork;
import org.attain.application.service.AchievementService;
import org.attain.application.service.AssociationService;
import org.attain.application.service.AuditLogService;
import org.attain.application.service.CatalogService;
import org.attain.application.service.CompetencyService;
import org.attain.application.service.MemberService;
import org.attain.application.service.MembershipService;
import org.attain.application.service.MetricService;
import org.attain.application.service.OrganizationService;
import org.attain.application.service.OverrideService;
import org.attain.application.service.PersonService;
import org.attain.application.service.ProfileService;
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

  @Produces
  @Singleton
  AchievementService achievementService(
      Persons persons, Achievements achievements, UnitOfWork unitOfWork) {
    return new AchievementService(persons, achievements, unitOfWork);
  }

  @Produces
  @Singleton
  AssociationService associationService(
      Persons persons,
      Organizations organizations,
      DomainEvents events,
      ProgrammeClock clock,
      AssociationPolicy policy,
      UnitOfWork unitOfWork) {
    return new AssociationService(persons, organizations, events, clock, policy, unitOfWork);
  }

  @Produces
  @Singleton
  CompetencyService competencyService(
      Organizations organizations,
      Persons persons,
      Achievements achievements,
      MetricReports metrics,
      Catalogs catalogs,
      Overrides overrides,
      ProgrammeClock clock,
      UnitOfWork unitOfWork) {
    return new CompetencyService(
        organizations, persons, achievements, metrics, catalogs, overrides, clock, unitOfWork);
  }

  @Produces
  @Singleton
  CatalogService catalogService(
      Catalogs catalogs, AuditLog auditLog, ProgrammeClock clock, UnitOfWork unitOfWork) {
    return new CatalogService(catalogs, auditLog, clock, unitOfWork);
  }

  @Produces
  @Singleton
  MetricService metricService(
      Organizations organizations, MetricReports metrics, UnitOfWork unitOfWork) {
    return new MetricService(organizations, metrics, unitOfWork);
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
      Persons persons,
      Achievements achievements,
      MetricReports metrics,
      Catalogs catalogs,
      Overrides overrides,
      Memberships memberships,
      MembershipPolicy policy,
      ProgrammeClock clock,
      UnitOfWork unitOfWork) {
    return new MembershipService(
        organizations,
        persons,
        achievements,
        metrics,
        catalogs,
        overrides,
        memberships,
        policy,
        clock,
        unitOfWork);
  }

  @Produces
  @Singleton
  ProfileService profileService(
      Organizations organizations,
      Persons persons,
      Achievements achievements,
      MetricReports metrics,
      Catalogs catalogs,
      Memberships memberships,
      MarketingProfiles profiles,
      ProgrammeClock clock,
      UnitOfWork unitOfWork) {
    return new ProfileService(
        organizations,
        persons,
        achievements,
        metrics,
        catalogs,
        memberships,
        profiles,
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
      UnitOfWork unitOfWork) {
    return new OverrideService(
        organizations, persons, catalogs, overrides, auditLog, policy, clock, unitOfWork);
  }

  @Produces
  @Singleton
  AuditLogService auditLogService(AuditLog auditLog, UnitOfWork unitOfWork) {
    return new AuditLogService(auditLog, unitOfWork);
  }
}
