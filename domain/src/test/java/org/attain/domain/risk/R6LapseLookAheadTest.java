package org.attain.domain.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attain.domain.risk.RiskFacts.CLOUD;

import java.time.LocalDate;
import java.util.Optional;
import org.attain.domain.achievement.AchievementCode;
import org.attain.domain.catalog.Catalog;
import org.attain.domain.catalog.RetiredCredential;
import org.attain.domain.change.ChangeCause;
import org.attain.domain.membership.Membership;
import org.attain.domain.membership.MembershipLevel;
import org.attain.domain.membership.Memberships;
import org.junit.jupiter.api.Test;

/** R6: alerts warn ahead of time when counted achievements lapse before the term ends. */
class R6LapseLookAheadTest {

  private static final LocalDate BOUGHT = LocalDate.of(2025, 3, 15);
  private static final LocalDate TERM_ENDS = LocalDate.of(2026, 3, 14);
  private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
  private static final ChangeCause CAUSE = new ChangeCause.TimePassed(TODAY);

  private final Membership silver = Memberships.boughtOn(BOUGHT, MembershipLevel.SILVER);
  private final Catalog catalog = RiskFacts.catalog();

  @Test
  void r6_theOnlyCountedCertificationExpiringMidTermWarnsOfTheDayAfterItsExpiry() {
    LocalDate expires = LocalDate.of(2025, 9, 30);
    RiskFacts facts = new RiskFacts().holder(1, expires, null);

    Optional<LapseAhead> warning = warn(facts, catalog);

    assertThat(warning)
        .hasValueSatisfying(
            ahead -> {
              assertThat(ahead.lapsesOn()).isEqualTo(expires.plusDays(1));
              assertThat(ahead.lapsing())
                  .extracting(a -> a.code().value())
                  .containsExactly("70-533");
              assertThat(ahead.losing()).containsExactly(CLOUD);
              assertThat(ahead.then().level()).isEqualTo(MembershipLevel.SILVER);
              assertThat(ahead.then().nowShort())
                  .extracting(g -> g.competency())
                  .containsExactly(CLOUD);
            });
  }

  @Test
  void r6_anExpiryAfterTheTermEndsIsNoWarning() {
    RiskFacts facts = new RiskFacts().holder(1, TERM_ENDS, null);

    assertThat(warn(facts, catalog)).isEmpty();
  }

  @Test
  void r6_aLapseThatLeavesAnotherCountedPersonIsNoWarningUntilTheLastOneLapses() {
    RiskFacts facts =
        new RiskFacts()
            .holder(1, LocalDate.of(2025, 7, 31), null)
            .holder(2, null, LocalDate.of(2025, 11, 30));

    assertThat(warn(facts, catalog))
        .hasValueSatisfying(
            ahead -> {
              assertThat(ahead.lapsesOn()).isEqualTo(LocalDate.of(2025, 12, 1));
              assertThat(ahead.lapsing()).hasSize(2);
            });
    assertThat(warn(new RiskFacts().holder(1, LocalDate.of(2025, 7, 31), null).holder(2), catalog))
        .isEmpty();
  }

  @Test
  void r6_aPersonWhoTakesOverTheSlotIsFollowedToTheirOwnLapse() {
    RiskFacts facts =
        new RiskFacts()
            .holder(1, LocalDate.of(2025, 7, 31), null)
            .holder(2, LocalDate.of(2025, 10, 31), null)
            .holder(3, LocalDate.of(2025, 12, 31), null);

    assertThat(warn(facts, catalog).map(LapseAhead::lapsesOn)).contains(LocalDate.of(2026, 1, 1));
  }

  @Test
  void r6_anExamTheCatalogRetiresWarnsOfItsEndOfCredit() {
    LocalDate creditEnds = LocalDate.of(2026, 1, 31);
    Catalog retiring =
        RiskFacts.catalog(new RetiredCredential(new AchievementCode("70-533"), creditEnds));

    assertThat(warn(new RiskFacts().holder(1), retiring).map(LapseAhead::lapsesOn))
        .contains(creditEnds.plusDays(1));
  }

  @Test
  void r6_noWarningWhenAlreadyAtRiskOrWithoutAPaidMembership() {
    RiskFacts nobody = new RiskFacts();
    RiskFacts expiring = new RiskFacts().holder(1, LocalDate.of(2025, 9, 30), null);

    assertThat(warn(nobody, catalog)).isEmpty();
    assertThat(
            LapseLookAhead.warn(
                Membership.network(silver.organization()),
                expiring.evaluate(catalog, TODAY),
                expiring.achievements(),
                catalog,
                expiring.engine(catalog),
                CAUSE))
        .isEmpty();
  }

  @Test
  void r6_theCountedPersonsAreThoseFillingTheCarryingCompetencysSlots() {
    RiskFacts facts = new RiskFacts().holder(1).holder(2).holder(3);

    assertThat(
            LapseLookAhead.countedPersons(facts.evaluate(catalog, TODAY), java.util.List.of(CLOUD)))
        .containsExactlyInAnyOrder(RiskFacts.person(1), RiskFacts.person(2));
  }

  private Optional<LapseAhead> warn(RiskFacts facts, Catalog catalog) {
    return LapseLookAhead.warn(
        silver,
        facts.evaluate(catalog, TODAY),
        facts.achievements(),
        catalog,
        facts.engine(catalog),
        CAUSE);
  }
}
