package org.attain.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attain.application.service.Programme.AGENT;
import static org.attain.application.service.Programme.TODAY;
import static org.attain.application.service.Programme.adminOf;
import static org.attain.application.service.Programme.self;

import java.util.List;
import org.attain.application.error.AccessDeniedException;
import org.attain.application.error.ConflictException;
import org.attain.application.error.NotFoundException;
import org.attain.application.port.in.Actor;
import org.attain.application.port.in.RecordAchievement;
import org.attain.domain.achievement.Achievement;
import org.attain.domain.achievement.AchievementCode;
import org.attain.domain.achievement.AchievementKind;
import org.attain.domain.organization.Organization;
import org.attain.domain.person.Person;
import org.attain.domain.person.PersonId;
import org.attain.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

/** Recording what persons earned, and who may read it. */
class RecordAchievementServiceTest {

  private final Programme programme = new Programme();
  private final RecordAchievement service = programme.achievements;
  private final Person ana = programme.person("Ana Souza");

  @Test
  void anAgentRecordsAnAchievementWithItsDates() {
    RecordAchievement.Command command =
        new RecordAchievement.Command(
            ana.id(),
            AchievementKind.CERTIFICATION,
            new AchievementCode("MCSA Linux on Azure"),
            TODAY.minusMonths(2),
            TODAY.plusYears(2),
            TODAY.plusYears(1));

    Achievement recorded = service.record(AGENT, command);

    assertThat(recorded.holder()).isEqualTo(ana.id());
    assertThat(recorded.kind()).isEqualTo(AchievementKind.CERTIFICATION);
    assertThat(recorded.code()).isEqualTo(new AchievementCode("MCSA Linux on Azure"));
    assertThat(recorded.earnedOn()).isEqualTo(TODAY.minusMonths(2));
    assertThat(recorded.expiry()).contains(TODAY.plusYears(2));
    assertThat(recorded.endOfCredit()).contains(TODAY.plusYears(1));
    assertThat(programme.stores.achievements.all()).containsExactly(recorded);
  }

  @Test
  void neitherThePersonNorAnAdminMayRecordAnAchievement() {
    Organization contoso = programme.organization("Contoso");
    programme.associated(ana, contoso);
    RecordAchievement.Command command = exam70533(ana.id());

    for (Actor notAnAgent : List.<Actor>of(self(ana), adminOf(contoso))) {
      assertThatThrownBy(() -> service.record(notAnAgent, command))
          .isInstanceOf(AccessDeniedException.class);
    }
    assertThat(programme.stores.achievements.all()).isEmpty();
  }

  @Test
  void recordingTheSameEarningTwiceIsAConflict() {
    service.record(AGENT, exam70533(ana.id()));

    assertThatThrownBy(() -> service.record(AGENT, exam70533(ana.id())))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.code()).isEqualTo("achievement-already-recorded"));
    assertThat(programme.stores.achievements.all()).hasSize(1);
  }

  @Test
  void theSameExamPassedAgainOnAnotherDayIsANewAchievement() {
    service.record(AGENT, exam70533(ana.id()));

    programme.exam(ana, "70-533", TODAY.minusDays(1));

    assertThat(programme.stores.achievements.all()).hasSize(2);
  }

  @Test
  void recordingForAnUnknownPersonIsNotFound() {
    assertThatThrownBy(() -> service.record(AGENT, exam70533(PersonId.newId())))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.code()).isEqualTo("person-not-found"));
    assertThat(programme.stores.achievements.all()).isEmpty();
  }

  @Test
  void anExpiryBeforeTheEarnedDayIsRefused() {
    RecordAchievement.Command command =
        new RecordAchievement.Command(
            ana.id(),
            AchievementKind.EXAM,
            new AchievementCode("70-533"),
            TODAY,
            TODAY.minusDays(1),
            null);

    assertThatThrownBy(() -> service.record(AGENT, command))
        .isInstanceOf(InvalidValueException.class);
    assertThat(programme.stores.achievements.all()).isEmpty();
  }

  @Test
  void aPersonReadsTheirOwnAchievementsButNotSomeoneElses() {
    Achievement anas = service.record(AGENT, exam70533(ana.id()));
    Person bruno = programme.person("Bruno Lima");
    programme.exam(bruno, "70-534", TODAY);

    assertThat(service.of(self(ana), ana.id())).containsExactly(anas);
    assertThatThrownBy(() -> service.of(self(bruno), ana.id()))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void anAgentAndTheAdminOfThePersonsOrganizationReadTheirAchievements() {
    Organization contoso = programme.organization("Contoso");
    Organization fabrikam = programme.organization("Fabrikam");
    programme.associated(ana, contoso);
    Achievement anas = service.record(AGENT, exam70533(ana.id()));

    assertThat(service.of(AGENT, ana.id())).containsExactly(anas);
    assertThat(service.of(adminOf(contoso), ana.id())).containsExactly(anas);
    assertThatThrownBy(() -> service.of(adminOf(fabrikam), ana.id()))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void readingTheAchievementsOfAnUnknownPersonIsNotFound() {
    assertThatThrownBy(() -> service.of(AGENT, PersonId.newId()))
        .isInstanceOf(NotFoundException.class);
  }

  private static RecordAchievement.Command exam70533(PersonId holder) {
    return new RecordAchievement.Command(
        holder, AchievementKind.EXAM, new AchievementCode("70-533"), TODAY, null, null);
  }
}
