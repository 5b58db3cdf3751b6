package org.attain.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attain.domain.evaluation.Facts.DAY;
import static org.attain.domain.evaluation.Facts.person;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.attain.domain.catalog.Catalog;
import org.attain.domain.catalog.CertifiedIndividuals;
import org.attain.domain.catalog.Qualification;
import org.attain.domain.change.ChangeCause;
import org.attain.domain.membership.MembershipLevel;
import org.attain.domain.risk.Alert;
import org.attain.domain.risk.AlertKind;
import org.attain.domain.risk.AlertPerson;
import org.attain.domain.risk.AlertSituations;
import org.attain.domain.risk.KeyPersonWarning;
import org.attain.domain.risk.KeyPersonWarning.RestsOnOnePerson;
import org.attain.domain.risk.RecordedCause;
import org.attain.domain.risk.Warnings;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: the key-person warning is called for when a paid membership level rests on a single
 * person, and the assignments are analysed only where it can apply.
 */
class KeyPersonWarningTest {

  private static final Warnings ON = Warnings.DEFAULT;
  private static final Warnings OFF = new Warnings(false);

  private final AttainmentEvaluator evaluator = new AttainmentEvaluator();
  private final Catalog twoHolders = Catalogs.silver(holding(2, "70-533"));

  private static CertifiedIndividuals holding(int count, String code) {
    return new CertifiedIndividuals(count, Qualification.anyOf(code));
  }

  @Test
  void membershipRestingOnOnePersonRaisesTheKeyPersonWarning() {
    Facts facts = Facts.developed().person(1, "70-533").person(2, "70-533");

    assertThat(find(MembershipLevel.SILVER, ON, facts, twoHolders))
        .contains(new RestsOnOnePerson(MembershipLevel.SILVER, List.of(person(1), person(2))));
  }

  @Test
  void aSecondHolderEndsTheKeyPersonWarning() {
    Facts facts = Facts.developed().person(1, "70-533").person(2, "70-533").person(3, "70-533");

    assertThat(find(MembershipLevel.SILVER, ON, facts, twoHolders)).isEmpty();
  }

  @Test
  void aLevelNoLongerCarriedIsRenewalAtRiskNotAKeyPersonWarning() {
    Facts facts = Facts.developed().person(1, "70-533");

    assertThat(find(MembershipLevel.SILVER, ON, facts, twoHolders, failingAnalysis())).isEmpty();
  }

  @Test
  void optedOutOrganizationsAreNotWarnedNorAnalysed() {
    Facts facts = Facts.developed().person(1, "70-533").person(2, "70-533");

    assertThat(find(MembershipLevel.SILVER, OFF, facts, twoHolders, failingAnalysis())).isEmpty();
  }

  @Test
  void networkMembersAreNotWarnedNorAnalysed() {
    Facts facts = Facts.developed().person(1, "70-533").person(2, "70-533");

    assertThat(find(MembershipLevel.NETWORK, ON, facts, twoHolders, failingAnalysis())).isEmpty();
  }

  @Test
  void aGoldMembershipRestsOnItsGoldCompetencies() {
    Catalog catalog = Catalogs.silverAndGold(List.of(holding(1, "A")), List.of(holding(1, "B")));
    Facts facts = Facts.developed().person(1, "A").person(2, "A").person(3, "B");

    assertThat(find(MembershipLevel.GOLD, ON, facts, catalog))
        .contains(new RestsOnOnePerson(MembershipLevel.GOLD, List.of(person(3))));
    assertThat(find(MembershipLevel.SILVER, ON, facts, catalog)).isEmpty();
  }

  @Test
  void restingOnAnotherPersonEndsTheWarningAndRaisesAnother() {
    Alert ongoing = warning(person(1));
    Alert found = warning(person(2));

    AlertSituations.Decision decision =
        AlertSituations.decide(
            Facts.CONTOSO,
            AlertKind.MEMBERSHIP_RESTS_ON_ONE_PERSON,
            List.of(ongoing),
            Optional.of(found),
            DAY.plusDays(3));

    assertThat(decision.raise()).contains(found);
    assertThat(decision.end()).containsExactly(ongoing.ended(DAY.plusDays(3)));
    assertThat(
            AlertSituations.decide(
                    Facts.CONTOSO,
                    AlertKind.MEMBERSHIP_RESTS_ON_ONE_PERSON,
                    List.of(ongoing),
                    Optional.of(warning(person(1))),
                    DAY.plusDays(3))
                .raise())
        .as("the same person again is the same situation")
        .isEmpty();
  }

  private static Alert warning(org.attain.domain.person.PersonId person) {
    return Alert.membershipRestsOnOnePerson(
        Facts.CONTOSO,
        MembershipLevel.SILVER,
        List.of(new AlertPerson(person, "Person " + person)),
        RecordedCause.of(new ChangeCause.TimePassed(DAY)),
        DAY);
  }

  private Optional<RestsOnOnePerson> find(
      MembershipLevel held, Warnings warnings, Facts facts, Catalog catalog) {
    return find(
        held, warnings, facts, catalog, () -> evaluator.analyze(facts.build(), catalog, DAY));
  }

  private Optional<RestsOnOnePerson> find(
      MembershipLevel held,
      Warnings warnings,
      Facts facts,
      Catalog catalog,
      Supplier<AssignmentAnalysis> analysis) {
    return KeyPersonWarning.find(
        held, warnings, evaluator.evaluate(facts.build(), catalog, DAY), analysis);
  }

  private static Supplier<AssignmentAnalysis> failingAnalysis() {
    return () -> {
      throw new AssertionError("the assignments must not be analysed here");
    };
  }
}
