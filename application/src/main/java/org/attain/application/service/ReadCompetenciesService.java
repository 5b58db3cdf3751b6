package org.attain.application.service;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.attain.application.error.NotFoundException;
import org.attain.application.port.in.Actor;
import org.attain.application.port.in.ReadCompetencies;
import org.attain.application.port.out.Evidence;
import org.attain.application.port.out.ProgrammeClock;
import org.attain.application.port.out.UnitOfWork;
import org.attain.application.reevaluation.Evaluated;
import org.attain.application.reevaluation.Evaluations;
import org.attain.domain.catalog.Catalog;
import org.attain.domain.catalog.Competency;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.evaluation.Attainment;
import org.attain.domain.evaluation.LevelProgress;
import org.attain.domain.evaluation.PersonsProgress;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.person.PersonId;

/**
 * Evaluates an organization's competencies on a day against the catalog then in force. Today's,
 * which dashboards read again and again, are kept until the organization changes or a catalog
 * version is published ({@link Evidence#mark}); another day is evaluated at each read.
 */
public final class ReadCompetenciesService implements ReadCompetencies {

  /**
   * How many organizations' competencies of today are kept: an evaluation of the full catalog is
   * some thousands of small objects (its JSON answer alone about 6 KB), so the dashboards in use
   * fit, and the bound keeps a crawl over every organization from filling the heap.
   */
  static final int KEPT_ORGANIZATIONS = 2_000;

  private final Evaluations evaluations;
  private final ProgrammeClock clock;
  private final UnitOfWork unitOfWork;
  private final TodaysStatuses todays = new TodaysStatuses(KEPT_ORGANIZATIONS);

  /** The evaluation by the engine (R1, R2, R7). */
  public ReadCompetenciesService(
      Evaluations evaluations, ProgrammeClock clock, UnitOfWork unitOfWork) {
    this.evaluations = evaluations;
    this.clock = clock;
    this.unitOfWork = unitOfWork;
  }

  @Override
  public Status status(Actor actor, OrganizationId organization, Optional<LocalDate> asOf) {
    Access.requireAgentOrAdminOf(actor, organization);
    LocalDate today = clock.today();
    LocalDate day = asOf.orElse(today);
    return unitOfWork.read(
        () -> day.equals(today) ? kept(organization, today) : evaluated(organization, day));
  }

  /**
   * Today's status as kept under the organization's current mark, else evaluated and kept. The mark
   * is read before the evidence: what is kept under a mark is never older than the mark, so a
   * change committed in between can only make it be evaluated once more, never hide. Only a read of
   * its own may keep (as the API's are): inside a change, the mark would count that change before
   * it commits.
   */
  private Status kept(OrganizationId organization, LocalDate today) {
    Optional<Evidence.Mark> mark = evaluations.mark(organization);
    if (mark.isEmpty()) {
      return evaluated(organization, today);
    }
    return todays
        .get(organization, mark.get(), today)
        .orElseGet(() -> todays.keep(mark.get(), today, evaluated(organization, today)));
  }

  private Status evaluated(OrganizationId organization, LocalDate day) {
    Evaluated evaluated = evaluations.of(organization, day);
    return new Status(organization, evaluated.catalog(), evaluated.evaluation());
  }

  @Override
  public CompetencyStatus competency(
      Actor actor, OrganizationId organization, CompetencyId competency, Optional<LocalDate> asOf) {
    Access.requireAgentOrAdminOf(actor, organization);
    LocalDate day = asOf.orElseGet(clock::today);
    return unitOfWork.read(
        () -> {
          Evaluated evaluated = evaluations.of(organization, day);
          Catalog catalog = evaluated.catalog();
          Competency defined =
              catalog
                  .competency(competency)
                  .orElseThrow(() -> new NotFoundException("competency", competency));
          Attainment attainment = evaluated.evaluation().attainment(competency).orElseThrow();
          List<PersonId> mentioned = contributors(attainment).distinct().toList();
          Map<PersonId, String> known = evaluations.names(mentioned);
          Map<PersonId, String> names = new LinkedHashMap<>();
          mentioned.forEach(id -> names.put(id, known.get(id)));
          return new CompetencyStatus(
              organization, day, catalog.version(), defined, attainment, names);
        });
  }

  private static Stream<PersonId> contributors(Attainment attainment) {
    return attainment.levels().stream()
        .map(LevelProgress::options)
        .flatMap(options -> options.stream().flatMap(option -> option.steps().stream()))
        .filter(PersonsProgress.class::isInstance)
        .map(PersonsProgress.class::cast)
        .flatMap(step -> step.contributors().stream());
  }
}
