package org.attain.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attain.application.service.Programme.AGENT;
import static org.attain.application.service.Programme.TODAY;
import static org.attain.application.service.Programme.adminOf;
import static org.attain.application.service.Programme.self;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.attain.application.error.AccessDeniedException;
import org.attain.application.error.NotFoundException;
import org.attain.application.paging.Page;
import org.attain.application.paging.PageRequest;
import org.attain.application.port.in.ListMembers;
import org.attain.application.port.in.ListMembers.Member;
import org.attain.application.port.out.Achievements;
import org.attain.domain.achievement.Achievement;
import org.attain.domain.organization.Organization;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.person.Person;
import org.attain.domain.person.PersonId;
import org.junit.jupiter.api.Test;

/** Listing the persons an organization counts today, each with their achievements. */
class ListMembersServiceTest {

  private final Programme programme = new Programme();
  private final ListMembers service = programme.members;
  private final Organization contoso = programme.organization("Contoso");
  private final Organization fabrikam = programme.organization("Fabrikam");

  @Test
  void eachCurrentMemberIsListedWithTheirOwnAchievements() {
    Person bruno = programme.associated(programme.person("Bruno Lima"), contoso);
    Person ana = programme.associated(programme.person("Ana Souza"), contoso);
    Person carla = programme.associated(programme.person("Carla Dias"), contoso);
    Achievement anas533 = programme.exam(ana, "70-533", TODAY.minusYears(1));
    Achievement anas534 = programme.exam(ana, "70-534", TODAY.minusMonths(1));
    Achievement brunos533 = programme.exam(bruno, "70-533", TODAY.minusDays(10));

    Page<Member> page = service.list(AGENT, contoso.id(), new PageRequest(0, 10));

    assertThat(page.items())
        .extracting(m -> m.person().id())
        .containsExactly(ana.id(), bruno.id(), carla.id());
    assertThat(page.items().get(0).achievements()).containsExactlyInAnyOrder(anas533, anas534);
    assertThat(page.items().get(1).achievements()).containsExactly(brunos533);
    assertThat(page.items().get(2).achievements()).isEmpty();
    assertThat(page.total()).isEqualTo(3);
  }

  @Test
  void personsWhoLeftOrMovedAreNoLongerListed() {
    programme.associated(programme.person("Ana Souza"), contoso);
    Person bruno = programme.associated(programme.person("Bruno Lima"), contoso);
    Person carla = programme.associated(programme.person("Carla Dias"), contoso);
    programme.person("Davi Alves");
    programme.stores.clock.advanceDays(30);
    programme.associations.leave(self(bruno), bruno.id());
    programme.associated(carla, fabrikam);

    Page<Member> contosos = service.list(AGENT, contoso.id(), new PageRequest(0, 10));
    Page<Member> fabrikams = service.list(AGENT, fabrikam.id(), new PageRequest(0, 10));

    assertThat(contosos.items()).extracting(m -> m.person().name()).containsExactly("Ana Souza");
    assertThat(fabrikams.items()).extracting(m -> m.person().name()).containsExactly("Carla Dias");
  }

  @Test
  void membersArePagedWithTheTotal() {
    for (String name : List.of("Eva", "Ana", "Caio", "Bia", "Davi")) {
      programme.associated(programme.person(name), contoso);
    }

    Page<Member> second = service.list(AGENT, contoso.id(), new PageRequest(1, 2));
    Page<Member> third = service.list(AGENT, contoso.id(), new PageRequest(2, 2));

    assertThat(second.items()).extracting(m -> m.person().name()).containsExactly("Caio", "Davi");
    assertThat(third.items()).extracting(m -> m.person().name()).containsExactly("Eva");
    assertThat(second.total()).isEqualTo(5);
    assertThat(third.total()).isEqualTo(5);
  }

  @Test
  void theAchievementsOfAPageAreReadInOneCall() {
    CountingAchievements counting = new CountingAchievements(programme.stores.achievements);
    ListMembersService counted =
        new ListMembersService(
            programme.stores.organizations,
            programme.stores.persons,
            counting,
            programme.stores.unitOfWork);
    for (String name : List.of("Ana", "Bia", "Caio", "Davi")) {
      Person member = programme.associated(programme.person(name), contoso);
      programme.exam(member, "70-533", TODAY);
    }

    Page<Member> page = counted.list(AGENT, contoso.id(), new PageRequest(0, 10));

    assertThat(page.items()).allSatisfy(m -> assertThat(m.achievements()).hasSize(1));
    assertThat(counting.calls.get()).isEqualTo(1);
  }

  @Test
  void theOrganizationsAdminListsItsMembersButNotAnotherOrganizations() {
    Person ana = programme.associated(programme.person("Ana Souza"), contoso);

    assertThat(service.list(adminOf(contoso), contoso.id(), new PageRequest(0, 10)).items())
        .extracting(m -> m.person().id())
        .containsExactly(ana.id());
    assertThatThrownBy(() -> service.list(adminOf(fabrikam), contoso.id(), new PageRequest(0, 10)))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void aPersonMayNotListMembersEvenOfTheirOwnOrganization() {
    Person ana = programme.associated(programme.person("Ana Souza"), contoso);

    assertThatThrownBy(() -> service.list(self(ana), contoso.id(), new PageRequest(0, 10)))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void listingTheMembersOfAnUnknownOrganizationIsNotFound() {
    OrganizationId unknown = OrganizationId.newId();

    assertThatThrownBy(() -> service.list(AGENT, unknown, new PageRequest(0, 10)))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.code()).isEqualTo("organization-not-found"));
  }

  @Test
  void anOrganizationWithoutMembersHasAnEmptyList() {
    Page<Member> page = service.list(adminOf(fabrikam), fabrikam.id(), new PageRequest(0, 10));

    assertThat(page.items()).isEmpty();
    assertThat(page.total()).isZero();
  }

  /** Counts the reads of achievements, to show the listing does not read once per member. */
  private static final class CountingAchievements implements Achievements {
    private final Achievements delegate;
    private final AtomicInteger calls = new AtomicInteger();

    CountingAchievements(Achievements delegate) {
      this.delegate = delegate;
    }

    @Override
    public Achievement add(Achievement achievement) {
      return delegate.add(achievement);
    }

    @Override
    public List<Achievement> heldBy(Collection<PersonId> holders) {
      calls.incrementAndGet();
      return delegate.heldBy(holders);
    }
  }
}
