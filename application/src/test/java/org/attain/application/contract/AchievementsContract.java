package org.attain.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attain.application.contract.ContractSamples.DAY;
import static org.attain.application.contract.ContractSamples.aPerson;

import java.util.List;
import java.util.function.Supplier;
import org.attain.application.port.out.Achievements;
import org.attain.application.port.out.Persons;
import org.attain.domain.achievement.Achievement;
import org.attain.domain.achievement.AchievementCode;
import org.attain.domain.achievement.AchievementKind;
import org.attain.domain.person.PersonId;
import org.junit.jupiter.api.Test;

/**
 * What every implementation of {@link Achievements} must do. The store may be shared with other
 * tests and never emptied: each test reads only the achievements of persons it created.
 */
public abstract class AchievementsContract {

  /** The store under test. */
  protected abstract Achievements achievements();

  /** Where the holders of achievements are stored (a database may require them). */
  protected abstract Persons persons();

  /** Runs {@code work} as one transaction of the store; stores without transactions just run it. */
  protected <T> T inTransaction(Supplier<T> work) {
    return work.get();
  }

  private PersonId storedPerson() {
    return inTransaction(() -> persons().save(aPerson())).id();
  }

  private Achievement add(Achievement achievement) {
    return inTransaction(() -> achievements().add(achievement));
  }

  private List<Achievement> heldBy(List<PersonId> holders) {
    return inTransaction(() -> achievements().heldBy(holders));
  }

  @Test
  public void anAchievementWithEveryDateIsReadBackUnchanged() {
    PersonId holder = storedPerson();
    Achievement achievement =
        Achievement.earned(
            holder,
            AchievementKind.EXAM,
            new AchievementCode("70-533"),
            DAY,
            DAY.plusYears(2),
            DAY.plusMonths(18));

    assertThat(add(achievement)).isEqualTo(achievement);
    assertThat(heldBy(List.of(holder))).containsExactly(achievement);
  }

  @Test
  public void anAchievementWithoutExpiryOrEndOfCreditIsReadBackUnchanged() {
    PersonId holder = storedPerson();
    Achievement achievement =
        Achievement.earned(
            holder,
            AchievementKind.SALES_ASSESSMENT,
            new AchievementCode("MCSA Linux on Azure"),
            DAY,
            null,
            null);

    add(achievement);

    Achievement found = heldBy(List.of(holder)).getFirst();
    assertThat(found).isEqualTo(achievement);
    assertThat(found.expiry()).isEmpty();
    assertThat(found.endOfCredit()).isEmpty();
  }

  @Test
  public void theLongestCodeIsKeptExactly() {
    PersonId holder = storedPerson();
    Achievement achievement =
        Achievement.earned(
            holder,
            AchievementKind.TECHNICAL_ASSESSMENT,
            new AchievementCode("Az (beta) 1.0_x+y/z " + "9".repeat(44)),
            DAY,
            null,
            DAY.plusYears(3));
    assertThat(achievement.code().value()).hasSize(AchievementCode.MAX_LENGTH);

    add(achievement);

    assertThat(heldBy(List.of(holder))).containsExactly(achievement);
  }

  @Test
  public void everyKindIsStored() {
    PersonId holder = storedPerson();
    List<Achievement> all =
        List.of(AchievementKind.values()).stream()
            .map(
                kind ->
                    Achievement.earned(
                        holder, kind, new AchievementCode("C-" + kind.ordinal()), DAY, null, null))
            .toList();

    all.forEach(this::add);

    assertThat(heldBy(List.of(holder))).containsExactlyInAnyOrderElementsOf(all);
  }

  @Test
  public void theAchievementsOfSeveralHoldersAreReadInOneCall() {
    PersonId ana = storedPerson();
    PersonId bruno = storedPerson();
    PersonId carla = storedPerson();
    Achievement anasExam = add(exam(ana, "70-533"));
    Achievement anasCertification = add(exam(ana, "70-534"));
    Achievement brunosExam = add(exam(bruno, "70-533"));
    Achievement carlasExam = add(exam(carla, "70-533"));

    assertThat(heldBy(List.of(ana, bruno)))
        .containsExactlyInAnyOrder(anasExam, anasCertification, brunosExam)
        .doesNotContain(carlasExam);
  }

  @Test
  public void aHolderWithoutAchievementsHoldsNothing() {
    assertThat(heldBy(List.of(storedPerson()))).isEmpty();
    assertThat(heldBy(List.of(PersonId.newId()))).isEmpty();
  }

  @Test
  public void askingForNoHolderReturnsNothing() {
    add(exam(storedPerson(), "70-533"));

    assertThat(heldBy(List.of())).isEmpty();
  }

  private static Achievement exam(PersonId holder, String code) {
    return Achievement.earned(
        holder, AchievementKind.EXAM, new AchievementCode(code), DAY, null, null);
  }
}
