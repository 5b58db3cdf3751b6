package org.attain.domain.robustness;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.catalog.Level;
import org.attain.domain.evaluation.AssignmentAnalysis;
import org.attain.domain.evaluation.AttainedLevel;
import org.attain.domain.evaluation.Attainment;
import org.attain.domain.evaluation.Reinforcement;
import org.attain.domain.evaluation.Robustness;
import org.attain.domain.membership.MembershipLevel;
import org.attain.domain.person.PersonId;
import org.attain.domain.shared.Guard;

/**
 * Issue 13: what an organization's levels and membership rest on, on one day: every held level with
 * its robustness and key persons, the membership's basis, and each key person with what their
 * departure alone would lose. Suggestions of what would raise robustness are given where it is 1,
 * the case a warning is about; {@link AssignmentAnalysis#reinforcements} answers for any level.
 *
 * @param membership empty for a network member
 */
public record RobustnessReport(
    LocalDate day,
    List<HeldLevel> levels,
    Optional<MembershipBasis> membership,
    List<KeyPerson> keyPersons) {

  public RobustnessReport {
    Guard.present(day, "day");
    levels = List.copyOf(levels);
    Guard.present(membership, "membership");
    keyPersons = List.copyOf(keyPersons);
  }

  /**
   * The report of {@code analysis} for an organization whose membership in force is {@code held}.
   */
  public static RobustnessReport of(AssignmentAnalysis analysis, MembershipLevel held) {
    Guard.present(analysis, "analysis");
    Guard.present(held, "held");
    List<HeldLevel> levels = new ArrayList<>();
    for (Attainment attainment : analysis.evaluation().attainments()) {
      for (Level level : List.of(Level.GOLD, Level.SILVER)) {
        if (attainment.level().includes(attained(level))) {
          levels.add(heldLevel(analysis, attainment.competency(), level));
        }
      }
    }
    Optional<MembershipBasis> membership = Optional.empty();
    if (held.isPaid()) {
      Level needed = level(held.competencyNeeded());
      Robustness robustness = analysis.robustnessOfAny(needed);
      membership =
          Optional.of(
              new MembershipBasis(
                  held,
                  robustness,
                  analysis.keyPersonsOfAny(needed),
                  single(robustness) ? analysis.reinforcementsOfAny(needed) : List.of()));
    }
    return new RobustnessReport(
        analysis.evaluation().date(), levels, membership, keyPersons(analysis, levels, membership));
  }

  private static HeldLevel heldLevel(
      AssignmentAnalysis analysis, CompetencyId competency, Level level) {
    Robustness robustness = analysis.robustness(competency, level);
    List<Reinforcement> raisedBy =
        single(robustness) ? analysis.reinforcements(competency, level) : List.of();
    return new HeldLevel(
        competency, level, robustness, analysis.keyPersons(competency, level), raisedBy);
  }

  private static List<KeyPerson> keyPersons(
      AssignmentAnalysis analysis, List<HeldLevel> levels, Optional<MembershipBasis> membership) {
    Map<PersonId, Map<CompetencyId, AttainedLevel>> then = new LinkedHashMap<>();
    // Gold comes before Silver for each competency: a Silver loss lowers what a Gold one left.
    for (HeldLevel level : levels) {
      AttainedLevel after = level.level() == Level.GOLD ? AttainedLevel.SILVER : AttainedLevel.NONE;
      for (PersonId person : level.keyPersons()) {
        then.computeIfAbsent(person, p -> new LinkedHashMap<>()).put(level.competency(), after);
      }
    }
    List<PersonId> restingOnThem = membership.map(MembershipBasis::keyPersons).orElse(List.of());
    List<KeyPerson> keyPersons = new ArrayList<>();
    then.entrySet().stream()
        .sorted(Map.Entry.comparingByKey((a, b) -> a.value().compareTo(b.value())))
        .forEach(
            entry -> {
              List<LevelLoss> losses = new ArrayList<>();
              entry
                  .getValue()
                  .forEach(
                      (competency, after) ->
                          losses.add(
                              new LevelLoss(
                                  competency, analysis.evaluation().levelIn(competency), after)));
              keyPersons.add(
                  new KeyPerson(entry.getKey(), losses, restingOnThem.contains(entry.getKey())));
            });
    return keyPersons;
  }

  private static boolean single(Robustness robustness) {
    return robustness instanceof Robustness.LostBy lost && lost.departures() == 1;
  }

  private static AttainedLevel attained(Level level) {
    return level == Level.GOLD ? AttainedLevel.GOLD : AttainedLevel.SILVER;
  }

  private static Level level(AttainedLevel level) {
    return level == AttainedLevel.GOLD ? Level.GOLD : Level.SILVER;
  }
}
