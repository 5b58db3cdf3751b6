package org.attain.domain.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attain.domain.membership.Evaluations.CONTOSO;

import java.time.LocalDate;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.catalog.Level;
import org.attain.domain.membership.Evaluations;
import org.attain.domain.membership.Membership;
import org.attain.domain.membership.MembershipLevel;
import org.attain.domain.membership.MembershipTerm;
import org.attain.domain.membership.Memberships;
import org.attain.domain.membership.TermAttainments;
import org.attain.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

/** R8, R6: competencies shown follow the membership, and stay shown until the term ends. */
class R8ShownCompetenciesTest {

  private static final LocalDate BOUGHT = LocalDate.of(2025, 3, 15);
  private static final LocalDate LATER = LocalDate.of(2025, 6, 1);

  @Test
  void R8_aNetworkMemberShowsNoCompetencies() {
    Membership network = Membership.network(CONTOSO);

    assertThat(ShownCompetencies.on(BOUGHT, network, null)).isEmpty();
  }

  @Test
  void R8_underSilverEveryAttainedCompetencyShowsAsSilver() {
    Membership silver = Memberships.boughtOn(BOUGHT, MembershipLevel.SILVER);
    TermAttainments held =
        heldFrom(silver, Evaluations.of(BOUGHT).gold("devops").silver("datacenter").none("crm"));

    assertThat(ShownCompetencies.on(BOUGHT, silver, held))
        .containsExactly(shown("datacenter", Level.SILVER), shown("devops", Level.SILVER));
  }

  @Test
  void R8_underGoldSilverAndGoldOnesShowAtTheirLevel() {
    Membership gold = Memberships.boughtOn(BOUGHT, MembershipLevel.GOLD);
    TermAttainments held =
        heldFrom(gold, Evaluations.of(BOUGHT).silver("datacenter").gold("devops").none("crm"));

    assertThat(ShownCompetencies.on(BOUGHT, gold, held))
        .containsExactly(shown("devops", Level.GOLD), shown("datacenter", Level.SILVER));
  }

  @Test
  void R8_aCompetencyAttainedDuringTheTermStaysShownUntilTheTermEndsEvenIfLost() {
    Membership silver = Memberships.boughtOn(BOUGHT, MembershipLevel.SILVER);
    MembershipTerm term = silver.termOn(BOUGHT).orElseThrow();
    TermAttainments held =
        heldFrom(silver, Evaluations.of(BOUGHT).silver("devops").silver("datacenter"))
            .merge(Evaluations.of(LATER).silver("devops").none("datacenter").build());

    assertThat(ShownCompetencies.on(LATER, silver, held))
        .contains(shown("datacenter", Level.SILVER));
    assertThat(ShownCompetencies.on(term.renewalWindowEndsOn(), silver, held))
        .as("the membership and what it shows hold through the renewal window")
        .contains(shown("datacenter", Level.SILVER));
    assertThat(ShownCompetencies.on(term.renewalWindowEndsOn().plusDays(1), silver, held))
        .as("lapsed: a network member again")
        .isEmpty();
  }

  @Test
  void R6_underGoldACompetencyDroppedToSilverStaysShownAtGoldUntilTheRenewalWindowEnds() {
    Membership gold = Memberships.boughtOn(BOUGHT, MembershipLevel.GOLD);
    MembershipTerm term = gold.termOn(BOUGHT).orElseThrow();
    TermAttainments held =
        heldFrom(gold, Evaluations.of(BOUGHT).gold("devops"))
            .merge(Evaluations.of(LATER).silver("devops").build())
            .merge(Evaluations.of(term.endsOn()).none("devops").build());

    assertThat(ShownCompetencies.on(term.endsOn(), gold, held))
        .containsExactly(shown("devops", Level.GOLD));
    assertThat(ShownCompetencies.on(term.renewalWindowEndsOn(), gold, held))
        .containsExactly(shown("devops", Level.GOLD));
    assertThat(ShownCompetencies.on(term.renewalWindowEndsOn().plusDays(1), gold, held)).isEmpty();
  }

  @Test
  void R8_aNewTermStartsFromWhatIsAttainedThen() {
    Membership silver = Memberships.boughtOn(BOUGHT, MembershipLevel.SILVER);
    TermAttainments old =
        heldFrom(silver, Evaluations.of(BOUGHT).silver("devops").silver("datacenter"));
    LocalDate upgradeDay = LocalDate.of(2025, 9, 1);
    Memberships.buy(silver, MembershipLevel.GOLD, upgradeDay);

    TermAttainments fresh =
        TermAttainments.startOf(CONTOSO, silver.termOn(upgradeDay).orElseThrow())
            .merge(Evaluations.of(upgradeDay).gold("cloud-platform").none("datacenter").build());

    assertThat(ShownCompetencies.on(upgradeDay, silver, fresh))
        .containsExactly(shown("cloud-platform", Level.GOLD));
    assertThatThrownBy(() -> ShownCompetencies.on(upgradeDay, silver, old))
        .as("the record of the Silver term is not the Gold term's")
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("held"));
  }

  private static TermAttainments heldFrom(Membership membership, Evaluations evaluation) {
    return TermAttainments.startOf(CONTOSO, membership.termOn(BOUGHT).orElseThrow())
        .merge(evaluation.build());
  }

  private static ShownCompetency shown(String competency, Level level) {
    return new ShownCompetency(new CompetencyId(competency), level);
  }
}
