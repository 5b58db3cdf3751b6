package org.attain.application.port.in;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attain.domain.achievement.AchievementCode;
import org.attain.domain.achievement.AchievementId;
import org.attain.domain.achievement.AchievementKind;
import org.attain.domain.catalog.Catalog;
import org.attain.domain.membership.MembershipLevel;
import org.attain.domain.membership.RenewalAvailability;
import org.attain.domain.metric.Metric;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.override.OverrideId;
import org.attain.domain.person.PersonId;
import org.attain.domain.risk.AlertKind;
import org.attain.domain.shared.Guard;
import org.attain.domain.shared.ListGuard;
import org.attain.domain.whatif.ScenarioOutcome;

/**
 * Issue 13: what an organization would hold after hypothetical changes to a day's facts, decided by
 * the same engine and rules as real changes; nothing is stored. For its admins and agents.
 */
public interface AskWhatIf {

  /** The most changes one question may hold. */
  int MAX_CHANGES = 100;

  Answer ask(Actor actor, OrganizationId organization, Question question);

  /** Changes applied in order to the facts of {@code asOf} (today when absent). */
  record Question(Optional<LocalDate> asOf, List<Change> changes) {
    public Question {
      Guard.present(asOf, "asOf");
      changes = ListGuard.of(changes, "changes", 1, MAX_CHANGES);
    }
  }

  /** One hypothetical change, naming stored things by id. */
  sealed interface Change {

    /** A person who counts for the organization stops counting. */
    record PersonLeaves(PersonId person) implements Change {}

    /**
     * A person starts counting: a registered person with their stored achievements ({@code
     * person}), or a newcomer holding {@code achievements} only (no {@code person}); a registered
     * person's listed achievements are added to the stored ones.
     */
    record PersonJoins(Optional<PersonId> person, List<Earned> achievements) implements Change {
      public PersonJoins {
        achievements = List.copyOf(achievements);
      }
    }

    /** A person who counts (or joined earlier in the scenario) earns an achievement. */
    record AchievementEarned(PersonId person, Earned achievement) implements Change {}

    /** A stored achievement of a counted person is valid through {@code lastDay} only. */
    record AchievementExpires(AchievementId achievement, LocalDate lastDay) implements Change {}

    /** The catalog retires an exam, which earns credit through {@code creditEndsOn}. */
    record ExamRetired(AchievementCode code, LocalDate creditEndsOn) implements Change {}

    /** A metric value is reported for a period. */
    record MetricReported(
        Metric metric, BigDecimal value, LocalDate periodStart, LocalDate periodEnd)
        implements Change {}

    /** One of the organization's overrides holds through {@code lastDay} at most. */
    record OverrideEnds(OverrideId override, LocalDate lastDay) implements Change {}

    /** The organization is evaluated against another stored catalog version (one to come). */
    record CatalogVersionUsed(int version) implements Change {}
  }

  /** An achievement as a scenario names it. */
  record Earned(
      AchievementKind kind, AchievementCode code, LocalDate earnedOn, LocalDate expiresOn) {}

  /**
   * @param outcome the evaluations now and then, compared competency by competency
   * @param levelInForce the paid level in force on the day, or network
   * @param renewalThen whether the level in force could be renewed that day, under the scenario
   * @param alertsThen the alert situations the scenario's facts would call for
   * @param ongoingNow the kinds of the organization's alerts ongoing now
   * @param personNames the names of the persons the alerts name
   */
  record Answer(
      OrganizationId organization,
      Catalog catalogNow,
      Catalog catalogThen,
      ScenarioOutcome outcome,
      MembershipLevel levelInForce,
      RenewalAvailability renewalThen,
      List<Alerting> alertsThen,
      List<AlertKind> ongoingNow,
      Map<PersonId, String> personNames) {
    public Answer {
      alertsThen = List.copyOf(alertsThen);
      ongoingNow = List.copyOf(ongoingNow);
      personNames = Map.copyOf(personNames);
    }

    /** The kinds ongoing now that the scenario's facts would end. */
    public List<AlertKind> wouldEnd() {
      return ongoingNow.stream()
          .filter(kind -> alertsThen.stream().noneMatch(a -> a.kind() == kind))
          .toList();
    }
  }

  /**
   * An alert situation: raised unless one of its kind is ongoing already (R6).
   *
   * @param lapsesOn for a lapse ahead, the first day renewal would be at risk
   * @param keyPersons for a membership resting on one person, who it rests on
   */
  record Alerting(
      AlertKind kind,
      MembershipLevel level,
      Optional<LocalDate> lapsesOn,
      List<PersonId> keyPersons,
      boolean wouldBeRaised) {
    public Alerting {
      keyPersons = List.copyOf(keyPersons);
    }
  }
}
