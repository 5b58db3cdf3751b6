package org.attain.domain.risk;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.attain.domain.catalog.Level;
import org.attain.domain.evaluation.AssignmentAnalysis;
import org.attain.domain.evaluation.AttainedLevel;
import org.attain.domain.evaluation.Evaluation;
import org.attain.domain.evaluation.Robustness;
import org.attain.domain.membership.MembershipLevel;
import org.attain.domain.person.PersonId;
import org.attain.domain.shared.Guard;

/**
 * Issue 13, R4, R6: the proactive warning that a paid membership level rests on a single key
 * person. It applies only to a paid level in force on the day whose admins have not turned the
 * warning off, and only while the level is still carried: once no competency carries it, renewal is
 * at risk (R6) and that alert says so instead. It is called for exactly when the fewest departures
 * that would leave no competency carrying the level is one.
 */
public final class KeyPersonWarning {

  private KeyPersonWarning() {}

  /** The situation warned of: the paid {@code level} rests on each of {@code keyPersons} alone. */
  public record RestsOnOnePerson(MembershipLevel level, List<PersonId> keyPersons) {
    public RestsOnOnePerson {
      Guard.present(level, "level");
      Guard.check(level.isPaid(), "level", "level must be a paid one");
      keyPersons = List.copyOf(keyPersons);
      Guard.check(!keyPersons.isEmpty(), "keyPersons", "keyPersons must name someone");
    }
  }

  /** Whether the warning can apply at all, before any analysis is run. */
  public static boolean applies(MembershipLevel held, Warnings warnings) {
    Guard.present(held, "held");
    Guard.present(warnings, "warnings");
    return held.isPaid() && warnings.keyPerson();
  }

  /**
   * The warning {@code evaluation} calls for under the level {@code held} on its day. The analysis
   * of the assignments is asked for only when the warning applies and the level is carried.
   */
  public static Optional<RestsOnOnePerson> find(
      MembershipLevel held,
      Warnings warnings,
      Evaluation evaluation,
      Supplier<AssignmentAnalysis> analysis) {
    Guard.present(evaluation, "evaluation");
    if (!applies(held, warnings) || !carried(held, evaluation)) {
      return Optional.empty();
    }
    Level needed = held.competencyNeeded() == AttainedLevel.GOLD ? Level.GOLD : Level.SILVER;
    AssignmentAnalysis analysed = analysis.get();
    if (analysed.robustnessOfAny(needed) instanceof Robustness.LostBy lost
        && lost.departures() == 1) {
      return Optional.of(new RestsOnOnePerson(held, analysed.keyPersonsOfAny(needed)));
    }
    return Optional.empty();
  }

  private static boolean carried(MembershipLevel held, Evaluation evaluation) {
    return evaluation.attainments().stream()
        .anyMatch(a -> a.level().compareTo(held.competencyNeeded()) >= 0);
  }
}
