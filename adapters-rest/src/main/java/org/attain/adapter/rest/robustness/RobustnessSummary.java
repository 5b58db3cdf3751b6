package org.attain.adapter.rest.robustness;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.attain.domain.catalog.Catalog;
import org.attain.domain.catalog.Level;
import org.attain.domain.evaluation.Robustness;
import org.attain.domain.membership.MembershipLevel;
import org.attain.domain.person.PersonId;
import org.attain.domain.robustness.HeldLevel;
import org.attain.domain.robustness.MembershipBasis;
import org.attain.domain.robustness.RobustnessReport;

/** The sentence a person reads first: what the membership rests on, and which levels one person. */
final class RobustnessSummary {

  private RobustnessSummary() {}

  static String of(RobustnessReport report, Catalog catalog, Map<PersonId, String> names) {
    StringBuilder summary = new StringBuilder();
    report.membership().ifPresent(basis -> summary.append(membership(basis, names)).append(' '));
    List<HeldLevel> single =
        report.levels().stream().filter(level -> departures(level.robustness()) == 1).toList();
    if (report.levels().isEmpty()) {
      summary.append("No competency level is held.");
    } else if (single.isEmpty()) {
      summary.append("No level held rests on a single person.");
    } else {
      summary.append(
          single.stream()
              .map(
                  level ->
                      "%s at %s would be lost if %s left"
                          .formatted(
                              RobustnessMapper.name(catalog, level.competency()),
                              label(level.level()),
                              either(level.keyPersons(), names)))
              .collect(Collectors.joining("; ", "", ".")));
    }
    return summary.toString();
  }

  private static String membership(MembershipBasis basis, Map<PersonId, String> names) {
    String level = basis.level() == MembershipLevel.GOLD ? "Gold" : "Silver";
    return switch (basis.robustness()) {
      case Robustness.NotHeld notHeld ->
          "No competency carries your %s membership level any more.".formatted(level);
      case Robustness.NoDepartureLosesIt none ->
          "Your %s membership rests on no single person: no departure would lose it."
              .formatted(level);
      case Robustness.LostBy lost when lost.departures() == 1 ->
          "Your %s membership rests on one person: %s."
              .formatted(level, either(basis.keyPersons(), names));
      case Robustness.LostBy lost ->
          "Your %s membership survives any %d departure%s; %d persons leaving together (%s) would"
                  .formatted(
                      level,
                      lost.departures() - 1,
                      lost.departures() == 2 ? "" : "s",
                      lost.departures(),
                      all(lost.smallestSet(), names))
              + " put it at risk.";
    };
  }

  private static int departures(Robustness robustness) {
    return robustness instanceof Robustness.LostBy lost ? lost.departures() : 0;
  }

  private static String either(List<PersonId> persons, Map<PersonId, String> names) {
    return join(persons, names, " or ");
  }

  private static String all(List<PersonId> persons, Map<PersonId, String> names) {
    return join(persons, names, " and ");
  }

  private static String join(List<PersonId> persons, Map<PersonId, String> names, String last) {
    List<String> shown = persons.stream().map(p -> names.getOrDefault(p, p.toString())).toList();
    if (shown.size() <= 1) {
      return String.join("", shown);
    }
    return String.join(", ", shown.subList(0, shown.size() - 1)) + last + shown.getLast();
  }

  private static String label(Level level) {
    return level == Level.GOLD ? "Gold" : "Silver";
  }
}
