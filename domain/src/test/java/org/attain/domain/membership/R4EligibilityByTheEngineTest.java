package org.attain.domain.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attain.domain.membership.Evaluations.CONTOSO;
import static org.attain.domain.membership.Memberships.POLICY;

import java.time.LocalDate;
import java.util.ArrayList;
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
import org.attain.domain.catalog.LevelRequirement;
import org.attain.domain.catalog.Qualification;
import org.attain.domain.catalog.RequirementOption;
import org.attain.domain.evaluation.AssociatedPerson;
import org.attain.domain.evaluation.AttainmentEvaluator;
import org.attain.domain.evaluation.Evaluation;
import org.attain.domain.evaluation.OrganizationFacts;
import org.attain.domain.organization.Market;
import org.attain.domain.person.PersonId;
import org.junit.jupiter.api.Test;

/** R4 with the real engine: a person joining with the right exams makes Silver, then Gold. */
class R4EligibilityByTheEngineTest {

  private static final LocalDate DAY = LocalDate.of(2025, 3, 15);
  private static final CompetencyId DATACENTER = new CompetencyId("datacenter");

  private final Catalog catalog =
      new Catalog(
          1,
          LocalDate.of(2017, 1, 1),
          List.of(),
          List.of(
              new Competency(
                  DATACENTER,
                  "Datacenter",
                  AttainmentPath.CLOUD_PLATFORM,
                  new LevelRequirement(
                      new RequirementOption(
                          "Silver", new CertifiedIndividuals(2, Qualification.anyOf("70-410")))),
                  new LevelRequirement(
                      new RequirementOption(
                          "Gold", new CertifiedIndividuals(4, Qualification.anyOf("70-410")))))));

  private final List<AssociatedPerson> persons = new ArrayList<>();
  private final Membership membership = Membership.network(CONTOSO);

  @Test
  void R4_aPersonJoiningTurnsARefusalIntoASilverPurchase() {
    join(1);

    PurchaseDecision refused =
        membership.purchase(MembershipLevel.SILVER, DAY, evaluation(DAY), POLICY);

    assertThat(refused)
        .isInstanceOfSatisfying(
            PurchaseDecision.Refused.class,
            r -> {
              CompetencyGap gap = r.closest().getFirst();
              assertThat(gap.competency()).isEqualTo(DATACENTER);
              assertThat(gap.percentComplete()).isEqualTo(50);
              assertThat(gap.shortfalls())
                  .singleElement()
                  .isInstanceOfSatisfying(
                      MissingPersons.class, m -> assertThat(m.persons()).isEqualTo(1));
            });

    join(2);
    LocalDate nextDay = DAY.plusDays(1);

    assertThat(membership.purchase(MembershipLevel.SILVER, nextDay, evaluation(nextDay), POLICY))
        .isInstanceOf(PurchaseDecision.Approved.class);
    assertThat(membership.levelOn(nextDay)).isEqualTo(MembershipLevel.SILVER);
  }

  @Test
  void R4_goldFollowsOnceEnoughPersonsHoldTheExam() {
    join(1);
    join(2);
    membership.purchase(MembershipLevel.SILVER, DAY, evaluation(DAY), POLICY);
    join(3);
    join(4);
    LocalDate later = DAY.plusMonths(3);

    PurchaseDecision upgrade =
        membership.purchase(MembershipLevel.GOLD, later, evaluation(later), POLICY);

    assertThat(upgrade)
        .isInstanceOfSatisfying(
            PurchaseDecision.Approved.class,
            a -> assertThat(a.purchase().qualifiedBy()).containsExactly(DATACENTER));
  }

  private void join(int n) {
    PersonId person = new PersonId(new UUID(0, n));
    persons.add(
        new AssociatedPerson(
            person,
            List.of(
                Achievement.earned(
                    person,
                    AchievementKind.EXAM,
                    new AchievementCode("70-410"),
                    LocalDate.of(2024, 1, 1),
                    null,
                    null))));
  }

  private Evaluation evaluation(LocalDate day) {
    return new AttainmentEvaluator()
        .evaluate(
            new OrganizationFacts(CONTOSO, Market.DEVELOPED, persons, List.of()), catalog, day);
  }
}
