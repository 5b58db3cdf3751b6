package org.attain.application.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.attain.application.inmemory.InMemoryStores;
import org.attain.application.inmemory.MovableClock;
import org.attain.application.port.in.Actor;
import org.attain.application.port.in.RecordAchievement;
import org.attain.application.port.in.RegisterOrganization;
import org.attain.application.port.in.RegisterPerson;
import org.attain.application.reaction.AttainmentObserver;
import org.attain.application.reaction.Reevaluations;
import org.attain.application.reaction.TermRecordKeeper;
import org.attain.domain.achievement.Achievement;
import org.attain.domain.achievement.AchievementCode;
import org.attain.domain.achievement.AchievementKind;
import org.attain.domain.membership.MembershipPolicy;
import org.attain.domain.organization.AdminContact;
import org.attain.domain.organization.CountryCode;
import org.attain.domain.organization.Market;
import org.attain.domain.organization.Organization;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.override.OverridePolicy;
import org.attain.domain.person.AssociationPolicy;
import org.attain.domain.person.Person;
import org.attain.domain.shared.EmailAddress;

/** The use cases wired over in-memory stores, as bootstrap wires them over the database. */
final class Programme {

  static final LocalDate TODAY = LocalDate.of(2025, 4, 1);
  static final Actor.Agent AGENT = new Actor.Agent("agent-smith");

  final InMemoryStores stores = new InMemoryStores(TODAY);

  /** Every re-evaluation the use cases asked for, in order. */
  final List<AttainmentObserver.Reevaluated> reevaluated = new ArrayList<>();

  final OrganizationEvaluator evaluator =
      new OrganizationEvaluator(
          stores.persons, stores.achievements, stores.metrics, stores.catalogs, stores.overrides);

  final Reevaluations reevaluations =
      new Reevaluations(
          stores.organizations,
          stores.catalogs,
          evaluator,
          stores.memberships,
          List.of(new TermRecordKeeper(stores.termRecords), reevaluated::add));
  final OrganizationService organizations =
      new OrganizationService(stores.organizations, stores.unitOfWork);
  final PersonService persons = new PersonService(stores.persons, stores.unitOfWork);
  final AchievementService achievements =
      new AchievementService(
          stores.persons, stores.achievements, stores.unitOfWork, stores.clock, reevaluations);
  final AssociationService associations =
      new AssociationService(
          stores.persons,
          stores.organizations,
          stores.events,
          stores.clock,
          AssociationPolicy.PROGRAMME_DEFAULT,
          stores.unitOfWork,
          reevaluations);
  final MemberService members =
      new MemberService(
          stores.organizations, stores.persons, stores.achievements, stores.unitOfWork);

  final CatalogService catalogs =
      new CatalogService(
          stores.catalogs,
          stores.auditLog,
          stores.clock,
          stores.unitOfWork,
          stores.memberships,
          reevaluations);
  final MetricService metrics =
      new MetricService(
          stores.organizations, stores.metrics, stores.unitOfWork, stores.clock, reevaluations);
  final CompetencyService competencies =
      new CompetencyService(stores.organizations, evaluator, stores.clock, stores.unitOfWork);

  final MembershipService memberships =
      new MembershipService(
          stores.organizations,
          stores.memberships,
          evaluator,
          MembershipPolicy.PROGRAMME_DEFAULT,
          stores.clock,
          stores.unitOfWork,
          reevaluations);

  final ProfileService profiles =
      new ProfileService(
          stores.organizations,
          evaluator,
          stores.memberships,
          stores.profiles,
          stores.termRecords,
          stores.clock,
          stores.unitOfWork);

  final BenefitService benefits =
      new BenefitService(
          stores.organizations,
          evaluator,
          stores.memberships,
          stores.benefitCatalogs,
          stores.claimedBenefits,
          stores.termRecords,
          stores.clock,
          stores.unitOfWork);

  final ReferralService referrals =
      new ReferralService(stores.profiles, stores.referrals, stores.clock, stores.unitOfWork);

  final OverrideService overrides =
      new OverrideService(
          stores.organizations,
          stores.persons,
          stores.catalogs,
          stores.overrides,
          stores.auditLog,
          OverridePolicy.PROGRAMME_DEFAULT,
          stores.clock,
          stores.unitOfWork,
          reevaluations);
  final AuditLogService auditLog = new AuditLogService(stores.auditLog, stores.unitOfWork);

  final MovableClock wallClock = new MovableClock(Instant.parse("2025-04-01T09:00:00Z"));
  final RenewalRiskWatch renewalRisk =
      new RenewalRiskWatch(
          stores.persons,
          stores.achievements,
          evaluator,
          stores.alerts,
          stores.histories,
          stores.outbox,
          wallClock);
  final AlertService alerts =
      new AlertService(stores.organizations, stores.alerts, stores.clock, stores.unitOfWork);
  final CompetencyHistoryService histories =
      new CompetencyHistoryService(stores.organizations, stores.histories, stores.unitOfWork);

  Organization organization(String name) {
    String slug = name.toLowerCase().replaceAll("[^a-z]", "");
    return organizations.register(
        AGENT,
        new RegisterOrganization.Command(
            name,
            new CountryCode("BR"),
            Market.DEVELOPING,
            List.of(new AdminContact("Admin of " + name, email("admin@" + slug + ".com")))));
  }

  Person person(String name) {
    String slug = name.toLowerCase().replaceAll("[^a-z]", ".");
    return persons.register(AGENT, new RegisterPerson.Command(name, email(slug + "@example.com")));
  }

  /** {@code person} associates with {@code organization} today, on their own account. */
  Person associated(Person person, Organization organization) {
    return associations.associate(self(person), person.id(), organization.id());
  }

  Achievement exam(Person holder, String code, LocalDate earnedOn) {
    return achievements.record(
        AGENT,
        new RecordAchievement.Command(
            holder.id(), AchievementKind.EXAM, new AchievementCode(code), earnedOn, null, null));
  }

  static Actor.PersonAccount self(Person person) {
    return new Actor.PersonAccount(person.id());
  }

  static Actor.PartnerAdmin adminOf(Organization organization) {
    return adminOf(organization.id());
  }

  static Actor.PartnerAdmin adminOf(OrganizationId organization) {
    return new Actor.PartnerAdmin("admin-of-" + organization, organization);
  }

  static EmailAddress email(String value) {
    return new EmailAddress(value);
  }
}
