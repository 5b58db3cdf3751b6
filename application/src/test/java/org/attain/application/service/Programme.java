package org.attain.application.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.attain.application.UseCases;
import org.attain.application.inmemory.InMemoryStores;
import org.attain.application.port.in.Actor;
import org.attain.application.port.in.ChangeAssociation;
import org.attain.application.port.in.ListMembers;
import org.attain.application.port.in.ManageAlerts;
import org.attain.application.port.in.ManageBenefits;
import org.attain.application.port.in.ManageCatalog;
import org.attain.application.port.in.ManageMembership;
import org.attain.application.port.in.ManageOverrides;
import org.attain.application.port.in.ManageProfile;
import org.attain.application.port.in.ManageReferrals;
import org.attain.application.port.in.ReadAuditLog;
import org.attain.application.port.in.ReadCompetencies;
import org.attain.application.port.in.ReadCompetencyHistory;
import org.attain.application.port.in.ReadOrganizations;
import org.attain.application.port.in.ReadPersons;
import org.attain.application.port.in.RecordAchievement;
import org.attain.application.port.in.RecordMetrics;
import org.attain.application.port.in.RegisterOrganization;
import org.attain.application.port.in.RegisterPerson;
import org.attain.application.port.in.ScanDaily;
import org.attain.application.port.out.Notification;
import org.attain.application.reevaluation.Reevaluated;
import org.attain.application.reevaluation.ReevaluationObserver;
import org.attain.application.reevaluation.ReevaluationPipeline;
import org.attain.domain.achievement.Achievement;
import org.attain.domain.achievement.AchievementCode;
import org.attain.domain.achievement.AchievementKind;
import org.attain.domain.organization.AdminContact;
import org.attain.domain.organization.CountryCode;
import org.attain.domain.organization.Market;
import org.attain.domain.organization.Organization;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.person.Person;
import org.attain.domain.shared.EmailAddress;

/**
 * The use cases built by the application's own factory over in-memory stores, as bootstrap builds
 * them over the database, with a recording observer told after the programme's own.
 */
final class Programme {

  static final LocalDate TODAY = LocalDate.of(2025, 4, 1);
  static final Actor.Agent AGENT = new Actor.Agent("agent-smith");

  final InMemoryStores stores = new InMemoryStores(TODAY);

  /** Every re-evaluation the use cases asked for, in order. */
  final List<Reevaluated> reevaluated = new ArrayList<>();

  /** The notifications the dispatcher sent. */
  final List<Notification> sent = new ArrayList<>();

  private RuntimeException failure;

  final UseCases useCases =
      stores.useCases(sent::add, List.of(recording(reevaluated, () -> failure)));
  final ReevaluationPipeline pipeline = useCases.pipeline();
  final RegisterOrganization organizations = useCases.registerOrganization();
  final ReadOrganizations readOrganizations = useCases.readOrganizations();
  final RegisterPerson persons = useCases.registerPerson();
  final ReadPersons readPersons = useCases.readPersons();
  final RecordAchievement achievements = useCases.recordAchievement();
  final ChangeAssociation associations = useCases.changeAssociation();
  final ListMembers members = useCases.listMembers();
  final ManageCatalog catalogs = useCases.manageCatalog();
  final RecordMetrics metrics = useCases.recordMetrics();
  final ReadCompetencies competencies = useCases.readCompetencies();
  final ManageMembership memberships = useCases.manageMembership();
  final ManageProfile profiles = useCases.manageProfile();
  final ManageBenefits benefits = useCases.manageBenefits();
  final ManageReferrals referrals = useCases.manageReferrals();
  final ManageOverrides overrides = useCases.manageOverrides();
  final ReadAuditLog auditLog = useCases.readAuditLog();
  final ManageAlerts alerts = useCases.manageAlerts();
  final ReadCompetencyHistory histories = useCases.readCompetencyHistory();
  final ScanDaily dailyScan = useCases.scanDaily();

  /** From now on the recording observer fails with {@code failure}, as a broken store would. */
  void failReevaluationsWith(RuntimeException failure) {
    this.failure = failure;
  }

  /** An observer that records what it is told and keeps nothing, or fails when told to. */
  static ReevaluationObserver recording(
      List<Reevaluated> told, Supplier<RuntimeException> failure) {
    return new ReevaluationObserver() {
      @Override
      public String name() {
        return "recording";
      }

      @Override
      public Kept read(List<Reevaluated> batch) {
        return reevaluated ->
            new Reaction() {
              @Override
              public boolean changesNothing() {
                return true;
              }

              @Override
              public void apply() {
                if (failure.get() != null) {
                  throw failure.get();
                }
                told.add(reevaluated);
              }
            };
      }
    };
  }

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
