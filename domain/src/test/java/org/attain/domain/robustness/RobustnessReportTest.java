package org.attain.domain.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.attain.domain.achievement.Achievement;
import org.attain.domain.achievement.AchievementCode;
import org.attain.domain.achievement.AchievementKind;
import org.attain.domain.catalog.AttainmentPath;
import org.attain.domain.catalog.Catalog;
import org.attain.domain.catalog.CertifiedIndividuals;
import org.attain.domain.catalog.Competency;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.catalog.Level;
import org.attain.domain.catalog.LevelRequirement;
import org.attain.domain.catalog.Qualification;
import org.attain.domain.catalog.RequirementOption;
import org.attain.domain.evaluation.AssignmentAnalysis;
import org.attain.domain.evaluation.AssociatedPerson;
import org.attain.domain.evaluation.AttainedLevel;
import org.attain.domain.evaluation.AttainmentEvaluator;
import org.attain.domain.evaluation.OrganizationFacts;
import org.attain.domain.evaluation.Reinforcement;
import org.attain.domain.evaluation.Robustness;
import org.attain.domain.membership.MembershipLevel;
import org.attain.domain.organization.Market;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.person.PersonId;
import org.junit.jupiter.api.Test;

/** Issue 13, R6: what a membership and its competencies rest on, person by person. */
class RobustnessReportTest {

  static final LocalDate DAY = LocalDate.of(2018, 6, 1);
  static final CompetencyId CLOUD = new CompetencyId("cloud-platform");
  static final CompetencyId DATA = new CompetencyId("data-platform");

  /** Cloud: Silver 1 × 70-533, Gold 2 × 70-533; Data: Silver 2 × 70-762, Gold out of reach. */
  static final Catalog CATALOG =
      new Catalog(
          1,
          LocalDate.of(2017, 1, 1),
          List.of(),
          List.of(
              competency(CLOUD, "Cloud Platform", holding(1, "70-533"), holding(2, "70-533")),
              competency(DATA, "Data Platform", holding(2, "70-762"), holding(9, "70-762"))));

  @Test
  void R6_keyPersonsOfGoldAreNotKeyToASilverMembershipEitherOfThemCarries() {
    OrganizationFacts facts = facts(person(1, "70-533", "70-762"), person(2, "70-533"));

    RobustnessReport report = report(facts, MembershipLevel.SILVER);

    assertThat(report.levels())
        .extracting(HeldLevel::competency, HeldLevel::level)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(CLOUD, Level.GOLD),
            org.assertj.core.groups.Tuple.tuple(CLOUD, Level.SILVER));
    assertThat(report.membership().orElseThrow().robustness())
        .isEqualTo(new Robustness.LostBy(2, List.of(id(1), id(2)), true));
    assertThat(report.keyPersons())
        .containsExactly(
            new KeyPerson(
                id(1),
                List.of(new LevelLoss(CLOUD, AttainedLevel.GOLD, AttainedLevel.SILVER)),
                false),
            new KeyPerson(
                id(2),
                List.of(new LevelLoss(CLOUD, AttainedLevel.GOLD, AttainedLevel.SILVER)),
                false));
  }

  @Test
  void R6_aGoldMemberWhoseOnlyGoldHoldersAreTwoHasBothAsKeyAndIsToldWhatWouldRaiseIt() {
    OrganizationFacts facts = facts(person(1, "70-533"), person(2, "70-533"));

    MembershipBasis basis = report(facts, MembershipLevel.GOLD).membership().orElseThrow();

    assertThat(basis.keyPersons()).containsExactly(id(1), id(2));
    assertThat(basis.robustness())
        .isInstanceOfSatisfying(
            Robustness.LostBy.class, lost -> assertThat(lost.departures()).isEqualTo(1));
    assertThat(basis.raisedBy())
        .containsExactly(new Reinforcement(List.of(new AchievementCode("70-533")), 2));
    assertThat(report(facts, MembershipLevel.GOLD).keyPersons())
        .allSatisfy(key -> assertThat(key.membershipWouldRestOnNothing()).isTrue());
  }

  @Test
  void aNetworkMemberHasNoMembershipBasis() {
    OrganizationFacts facts = facts(person(1, "70-533"));

    assertThat(report(facts, MembershipLevel.NETWORK).membership()).isEmpty();
    assertThat(report(facts, MembershipLevel.NETWORK).keyPersons())
        .containsExactly(
            new KeyPerson(
                id(1),
                List.of(new LevelLoss(CLOUD, AttainedLevel.SILVER, AttainedLevel.NONE)),
                false));
  }

  private static RobustnessReport report(OrganizationFacts facts, MembershipLevel level) {
    AssignmentAnalysis analysis = new AttainmentEvaluator().analyze(facts, CATALOG, DAY);
    return RobustnessReport.of(analysis, level);
  }

  static PersonId id(int n) {
    return new PersonId(new UUID(0, n));
  }

  static AssociatedPerson person(int n, String... codes) {
    return new AssociatedPerson(
        id(n),
        Arrays.stream(codes)
            .map(
                code ->
                    Achievement.earned(
                        id(n),
                        AchievementKind.EXAM,
                        new AchievementCode(code),
                        LocalDate.of(2016, 1, 1),
                        null,
                        null))
            .toList());
  }

  static OrganizationFacts facts(AssociatedPerson... persons) {
    return new OrganizationFacts(
        new OrganizationId(new UUID(7, 7)), Market.DEVELOPED, List.of(persons), List.of());
  }

  static CertifiedIndividuals holding(int count, String code) {
    return new CertifiedIndividuals(count, Qualification.anyOf(code));
  }

  private static Competency competency(
      CompetencyId id, String name, CertifiedIndividuals silver, CertifiedIndividuals gold) {
    return new Competency(
        id,
        name,
        AttainmentPath.CLOUD_PLATFORM,
        new LevelRequirement(new RequirementOption("Silver", silver)),
        new LevelRequirement(new RequirementOption("Gold", gold)));
  }
}
