package org.attain.adapter.rest.robustness;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.attain.adapter.rest.competency.ContributorResponse;
import org.attain.adapter.rest.mapping.MappingConfig;
import org.attain.adapter.rest.mapping.ValueMappings;
import org.attain.application.port.in.ReadRobustness;
import org.attain.domain.achievement.AchievementCode;
import org.attain.domain.catalog.Catalog;
import org.attain.domain.catalog.Competency;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.evaluation.Reinforcement;
import org.attain.domain.evaluation.Robustness;
import org.attain.domain.person.PersonId;
import org.attain.domain.robustness.HeldLevel;
import org.attain.domain.robustness.KeyPerson;
import org.attain.domain.robustness.MembershipBasis;
import org.attain.domain.robustness.RobustnessReport;
import org.mapstruct.Mapper;

/**
 * Maps a robustness report to its answer, naming competencies by the catalog analysed against and
 * persons by their names; the summary sentence is written here, at the edge.
 */
@Mapper(config = MappingConfig.class)
public interface RobustnessMapper extends ValueMappings {

  default RobustnessResponse toResponse(ReadRobustness.Report read) {
    RobustnessReport report = read.report();
    Catalog catalog = read.catalog();
    Map<PersonId, String> names = read.personNames();
    return new RobustnessResponse(
        uuid(read.organization()),
        report.day(),
        catalog.version(),
        RobustnessSummary.of(report, catalog, names),
        report.membership().map(basis -> membership(basis, names)).orElse(null),
        report.levels().stream().map(level -> level(level, catalog, names)).toList(),
        report.keyPersons().stream().map(person -> keyPerson(person, catalog, names)).toList());
  }

  default MembershipRobustnessResponse membership(
      MembershipBasis basis, Map<PersonId, String> names) {
    return new MembershipRobustnessResponse(
        basis.level(),
        robustness(basis.robustness(), names),
        persons(basis.keyPersons(), names),
        reinforcements(basis.raisedBy()));
  }

  default HeldLevelResponse level(HeldLevel level, Catalog catalog, Map<PersonId, String> names) {
    return new HeldLevelResponse(
        text(level.competency()),
        name(catalog, level.competency()),
        level.level(),
        robustness(level.robustness(), names),
        persons(level.keyPersons(), names),
        reinforcements(level.raisedBy()));
  }

  default KeyPersonResponse keyPerson(
      KeyPerson person, Catalog catalog, Map<PersonId, String> names) {
    return new KeyPersonResponse(
        uuid(person.person()),
        names.get(person.person()),
        person.wouldLose().stream()
            .map(
                loss ->
                    new LevelLossResponse(
                        text(loss.competency()),
                        name(catalog, loss.competency()),
                        loss.now(),
                        loss.then()))
            .toList(),
        person.membershipWouldRestOnNothing());
  }

  default LevelRobustnessResponse robustness(Robustness robustness, Map<PersonId, String> names) {
    return switch (robustness) {
      case Robustness.NotHeld notHeld ->
          new LevelRobustnessResponse(
              LevelRobustnessResponse.RobustnessKind.NOT_HELD, null, null, null);
      case Robustness.NoDepartureLosesIt none ->
          new LevelRobustnessResponse(
              LevelRobustnessResponse.RobustnessKind.NO_DEPARTURE_LOSES_IT, null, null, null);
      case Robustness.LostBy lost ->
          new LevelRobustnessResponse(
              LevelRobustnessResponse.RobustnessKind.LOST_BY,
              lost.departures(),
              persons(lost.smallestSet(), names),
              lost.exact());
    };
  }

  default List<ReinforcementResponse> reinforcements(List<Reinforcement> reinforcements) {
    return reinforcements.stream()
        .map(
            r ->
                new ReinforcementResponse(
                    r.codes().stream().map(AchievementCode::value).toList(), r.departuresThen()))
        .toList();
  }

  default List<ContributorResponse> persons(
      Collection<PersonId> persons, Map<PersonId, String> names) {
    return persons.stream()
        .map(person -> new ContributorResponse(uuid(person), names.get(person)))
        .toList();
  }

  static String name(Catalog catalog, CompetencyId competency) {
    return catalog.competency(competency).map(Competency::name).orElse(competency.value());
  }
}
