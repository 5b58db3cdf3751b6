package org.attain.application.service;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.attain.application.port.in.Actor;
import org.attain.application.port.in.ReadRobustness;
import org.attain.application.port.out.Memberships;
import org.attain.application.port.out.ProgrammeClock;
import org.attain.application.port.out.UnitOfWork;
import org.attain.application.reevaluation.Evaluated;
import org.attain.application.reevaluation.Evaluations;
import org.attain.domain.evaluation.Robustness;
import org.attain.domain.membership.MembershipLevel;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.person.PersonId;
import org.attain.domain.robustness.HeldLevel;
import org.attain.domain.robustness.KeyPerson;
import org.attain.domain.robustness.RobustnessReport;

/**
 * Issue 13: analyses an organization's facts on a day with the engine; the rules are the domain's.
 */
public final class ReadRobustnessService implements ReadRobustness {

  private final Evaluations evaluations;
  private final Memberships memberships;
  private final ProgrammeClock clock;
  private final UnitOfWork unitOfWork;

  public ReadRobustnessService(
      Evaluations evaluations,
      Memberships memberships,
      ProgrammeClock clock,
      UnitOfWork unitOfWork) {
    this.evaluations = evaluations;
    this.memberships = memberships;
    this.clock = clock;
    this.unitOfWork = unitOfWork;
  }

  @Override
  public Report robustness(Actor actor, OrganizationId organization, Optional<LocalDate> asOf) {
    Access.requireAgentOrAdminOf(actor, organization);
    LocalDate day = asOf.orElseGet(clock::today);
    return unitOfWork.read(
        () -> {
          Evaluated evaluated = evaluations.of(organization, day);
          MembershipLevel held =
              memberships
                  .findByOrganization(organization)
                  .map(m -> m.levelOn(day))
                  .orElse(MembershipLevel.NETWORK);
          RobustnessReport report = RobustnessReport.of(evaluated.analysis(), held);
          return new Report(
              organization, evaluated.catalog(), report, evaluations.names(mentioned(report)));
        });
  }

  /** Every person the report names: key persons and the persons of each smallest set. */
  static Set<PersonId> mentioned(RobustnessReport report) {
    Set<PersonId> persons = new LinkedHashSet<>();
    for (HeldLevel level : report.levels()) {
      persons.addAll(level.keyPersons());
      smallestSet(level.robustness(), persons);
    }
    report
        .membership()
        .ifPresent(
            basis -> {
              persons.addAll(basis.keyPersons());
              smallestSet(basis.robustness(), persons);
            });
    report.keyPersons().stream().map(KeyPerson::person).forEach(persons::add);
    return persons;
  }

  private static void smallestSet(Robustness robustness, Set<PersonId> into) {
    if (robustness instanceof Robustness.LostBy lost) {
      into.addAll(lost.smallestSet());
    }
  }
}
