package org.attain.domain.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attain.domain.membership.Evaluations.CONTOSO;

import java.time.LocalDate;
import java.util.Map;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.evaluation.AttainedLevel;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

/** R6, R8: the record of what was attained during a term only ever rises. */
class R8TermAttainmentsTest {

  private static final MembershipTerm TERM =
      TermPolicy.ANNIVERSARY.termStartingOn(LocalDate.of(2025, 3, 15));
  private static final CompetencyId DEVOPS = new CompetencyId("devops");
  private static final CompetencyId DATACENTER = new CompetencyId("datacenter");

  private final TermAttainments start = TermAttainments.startOf(CONTOSO, TERM);

  @Test
  void R8_eachCompetencyKeepsTheHighestLevelSeenDuringTheTerm() {
    TermAttainments held =
        start
            .merge(
                Evaluations.of(LocalDate.of(2025, 4, 1)).gold("devops").none("datacenter").build())
            .merge(
                Evaluations.of(LocalDate.of(2025, 5, 1))
                    .none("devops")
                    .silver("datacenter")
                    .build());

    assertThat(held.highest())
        .isEqualTo(Map.of(DEVOPS, AttainedLevel.GOLD, DATACENTER, AttainedLevel.SILVER));
    assertThat(held.highestIn(new CompetencyId("messaging"))).isEqualTo(AttainedLevel.NONE);
  }

  @Test
  void R8_evaluationsOfTheRenewalWindowCountButNotAfterIt() {
    assertThat(
            start
                .merge(Evaluations.of(TERM.renewalWindowEndsOn()).silver("devops").build())
                .highestIn(DEVOPS))
        .isEqualTo(AttainedLevel.SILVER);
    assertThatThrownBy(
            () -> start.merge(Evaluations.of(TERM.renewalWindowEndsOn().plusDays(1)).build()))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("evaluation"));
    assertThatThrownBy(() -> start.merge(Evaluations.of(TERM.startsOn().minusDays(1)).build()))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void R8_onlyTheOrganizationsOwnEvaluationsMerge() {
    assertThatThrownBy(
            () -> start.merge(Evaluations.of(OrganizationId.newId(), TERM.startsOn()).build()))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("evaluation"));
  }

  @Test
  void R8_aStoredRecordHoldsOnlyAttainedLevels() {
    assertThatThrownBy(() -> new TermAttainments(CONTOSO, TERM, Map.of(DEVOPS, AttainedLevel.NONE)))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("highest.devops"));
  }
}
