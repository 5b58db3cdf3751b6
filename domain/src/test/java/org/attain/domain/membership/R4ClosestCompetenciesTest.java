package org.attain.domain.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attain.domain.membership.Evaluations.level;
import static org.attain.domain.membership.Evaluations.metric;
import static org.attain.domain.membership.Evaluations.option;
import static org.attain.domain.membership.Evaluations.persons;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.attain.domain.catalog.Level;
import org.attain.domain.evaluation.AttainedLevel;
import org.attain.domain.evaluation.Evaluation;
import org.junit.jupiter.api.Test;

/** R4: a refusal names the three competencies nearest to the level, with what each lacks. */
class R4ClosestCompetenciesTest {

  private static final LocalDate DAY = LocalDate.of(2025, 3, 15);

  @Test
  void R4_competenciesAreRankedByTheShareOfTheirMostAdvancedOption() {
    Evaluation evaluation =
        Evaluations.of(DAY)
            .competency(
                "quarter",
                level(Level.SILVER, option("A", persons(1, 4))),
                level(Level.GOLD, option("G", persons(1, 8))))
            .competency(
                "three-quarters",
                level(Level.SILVER, option("A", persons(0, 4)), option("B", persons(3, 4))),
                level(Level.GOLD, option("G", persons(3, 8))))
            .competency(
                "half",
                level(Level.SILVER, option("A", persons(1, 2))),
                level(Level.GOLD, option("G", persons(1, 4))))
            .none("nothing")
            .build();

    List<CompetencyGap> closest =
        ClosestCompetencies.to(AttainedLevel.SILVER, evaluation, ClosestCompetencies.SHOWN);

    assertThat(closest)
        .extracting(g -> g.competency().value())
        .containsExactly("three-quarters", "half", "quarter");
    assertThat(closest.getFirst().option()).isEqualTo("B");
    assertThat(closest.getFirst().level()).isEqualTo(Level.SILVER);
    assertThat(closest.getFirst().percentComplete()).isEqualTo(75);
  }

  @Test
  void R4_onlyTheUnmetStepsAreListedWithWhatTheyLack() {
    Evaluation evaluation =
        Evaluations.of(DAY)
            .competency(
                "cloud-platform",
                level(
                    Level.SILVER,
                    option("Azure", metric(12_500, 15_000), persons(1, 1), persons(2, 4, 0, 2))),
                level(Level.GOLD, option("G", persons(0, 2))))
            .build();

    CompetencyGap gap = ClosestCompetencies.to(AttainedLevel.SILVER, evaluation, 3).getFirst();

    assertThat(gap.shortfalls()).hasSize(2);
    assertThat(gap.shortfalls().get(0))
        .isInstanceOfSatisfying(
            MissingValue.class,
            v -> {
              assertThat(v.stepIndex()).isZero();
              assertThat(v.shortBy()).isEqualByComparingTo(BigDecimal.valueOf(2_500));
            });
    assertThat(gap.shortfalls().get(1))
        .isEqualTo(new MissingPersons(2, persons(2, 4, 0, 2).step(), 2, 2));
    // units: 12,500/15,000 of one metric unit + 1 of 1 + 2 of 4 persons = 3.8333 of 6
    assertThat(gap.percentComplete()).isEqualTo(63);
  }

  @Test
  void R4_tiesGoToFewerMissingUnitsThenToTheId() {
    Evaluation evaluation =
        Evaluations.of(DAY)
            .competency(
                "b-half-of-two",
                level(Level.SILVER, option("A", persons(1, 2))),
                level(Level.GOLD, option("G", persons(0, 4))))
            .competency(
                "a-half-of-four",
                level(Level.SILVER, option("A", persons(2, 4))),
                level(Level.GOLD, option("G", persons(0, 4))))
            .competency(
                "a-half-of-two",
                level(Level.SILVER, option("A", persons(1, 2))),
                level(Level.GOLD, option("G", persons(0, 4))))
            .build();

    assertThat(ClosestCompetencies.to(AttainedLevel.SILVER, evaluation, 3))
        .extracting(g -> g.competency().value())
        .containsExactly("a-half-of-two", "b-half-of-two", "a-half-of-four");
  }

  @Test
  void R4_atMostTheRequestedNumberAreNamed() {
    Evaluation evaluation =
        Evaluations.of(DAY).none("a").none("b").none("c").none("d").none("e").build();

    assertThat(ClosestCompetencies.to(AttainedLevel.SILVER, evaluation, 3)).hasSize(3);
  }

  @Test
  void R4_aGoldOnlyCompetencyIsMeasuredAgainstGoldForSilver() {
    Evaluation evaluation =
        Evaluations.of(DAY)
            .competency(
                "enterprise-resource-planning",
                level(Level.GOLD, option("Revenue", metric(100_000, 175_000))))
            .build();

    CompetencyGap gap = ClosestCompetencies.to(AttainedLevel.SILVER, evaluation, 3).getFirst();

    assertThat(gap.level()).isEqualTo(Level.GOLD);
    assertThat(gap.percentComplete()).isEqualTo(57);
  }

  @Test
  void R4_forGoldTheSilverCompetenciesAreMeasuredAgainstTheirGoldOptions() {
    Evaluation evaluation =
        Evaluations.of(DAY)
            .competency(
                "devops",
                level(Level.SILVER, option("S", persons(2, 2))),
                level(Level.GOLD, option("G", persons(3, 4))))
            .none("datacenter")
            .build();

    List<CompetencyGap> closest = ClosestCompetencies.to(AttainedLevel.GOLD, evaluation, 3);

    assertThat(closest).extracting(CompetencyGap::level).containsOnly(Level.GOLD);
    assertThat(closest.getFirst().competency().value()).isEqualTo("devops");
    assertThat(closest.getFirst().percentComplete()).isEqualTo(75);
  }

  @Test
  void R4_attainedCompetenciesAreNotNamed() {
    Evaluation evaluation = Evaluations.of(DAY).gold("devops").silver("datacenter").build();

    assertThat(ClosestCompetencies.to(AttainedLevel.SILVER, evaluation, 3)).isEmpty();
    assertThat(ClosestCompetencies.to(AttainedLevel.GOLD, evaluation, 3))
        .extracting(g -> g.competency().value())
        .containsExactly("datacenter");
  }
}
