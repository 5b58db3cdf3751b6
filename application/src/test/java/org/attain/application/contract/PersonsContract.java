package org.attain.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attain.application.contract.ContractSamples.DAY;
import static org.attain.application.contract.ContractSamples.UNLIMITED;
import static org.attain.application.contract.ContractSamples.aPerson;
import static org.attain.application.contract.ContractSamples.anOrganization;
import static org.attain.application.contract.ContractSamples.freshEmail;
import static org.attain.application.contract.ContractSamples.personNamed;
import static org.attain.application.contract.ContractSamples.token;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.attain.application.error.ConflictException;
import org.attain.application.paging.Page;
import org.attain.application.paging.PageRequest;
import org.attain.application.port.out.Organizations;
import org.attain.application.port.out.Persons;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.person.Association;
import org.attain.domain.person.AssociationEnd;
import org.attain.domain.person.Person;
import org.attain.domain.person.PersonId;
import org.attain.domain.shared.EmailAddress;
import org.junit.jupiter.api.Test;

/**
 * What every implementation of {@link Persons} must do. The store may be shared with other tests
 * and never emptied: each test asserts only on the persons and organizations it created.
 */
public abstract class PersonsContract {

  /** The store under test. */
  protected abstract Persons persons();

  /** Where the organizations persons associate with are stored (a database may require them). */
  protected abstract Organizations organizations();

  /** Runs {@code work} as one transaction of the store; stores without transactions just run it. */
  protected <T> T inTransaction(Supplier<T> work) {
    return work.get();
  }

  private Person save(Person person) {
    return inTransaction(() -> persons().save(person));
  }

  private Person find(PersonId id) {
    return inTransaction(() -> persons().findById(id)).orElseThrow();
  }

  private OrganizationId storedOrganization() {
    return inTransaction(() -> organizations().save(anOrganization())).id();
  }

  @Test
  public void aNewPersonIsStoredAtVersionZeroWithNoAssociation() {
    Person person = aPerson();

    Person saved = save(person);

    assertThat(saved.version()).contains(0L);
    assertSameState(find(person.id()), person, 0);
    assertThat(find(person.id()).associations()).isEmpty();
  }

  @Test
  public void theLongestNameAndEmailAndAccentedTextAreKeptExactly() {
    Person person =
        Person.register(
            ContractSamples.longText("person" + token(), Person.MAX_NAME_LENGTH),
            ContractSamples.longestEmail());

    save(person);

    assertSameState(find(person.id()), person, 0);
    assertThat(inTransaction(() -> persons().findByEmail(person.email())))
        .get()
        .extracting(Person::id)
        .isEqualTo(person.id());
  }

  @Test
  public void theWholeAssociationHistoryIsKeptWithItsEndReasons() {
    OrganizationId first = storedOrganization();
    OrganizationId second = storedOrganization();
    Person person = save(aPerson());
    person.associateWith(first, DAY, person.id(), UNLIMITED);
    person.associateWith(second, DAY.plusDays(40), person.id(), UNLIMITED);
    person.leave(DAY.plusDays(80), person.id());
    person.associateWith(first, DAY.plusDays(120), person.id(), UNLIMITED);
    person.removeFrom(first, DAY.plusDays(160));
    person.associateWith(second, DAY.plusDays(200), person.id(), UNLIMITED);

    save(person);

    Person found = find(person.id());
    assertThat(found.associations())
        .containsExactly(
            new Association(first, DAY, DAY.plusDays(40), AssociationEnd.MOVED),
            new Association(second, DAY.plusDays(40), DAY.plusDays(80), AssociationEnd.LEFT),
            new Association(
                first, DAY.plusDays(120), DAY.plusDays(160), AssociationEnd.REMOVED_BY_ADMIN),
            new Association(second, DAY.plusDays(200), null, null));
    assertThat(found.currentOrganization()).contains(second);
    assertSameState(found, person, 1);
  }

  @Test
  public void anAssociationThatEndedTheDayItBeganIsKept() {
    OrganizationId organization = storedOrganization();
    Person person = save(aPerson());
    person.associateWith(organization, DAY, person.id(), UNLIMITED);
    person.leave(DAY, person.id());

    save(person);

    assertThat(find(person.id()).associations())
        .containsExactly(new Association(organization, DAY, DAY, AssociationEnd.LEFT));
    assertThat(members(organization, 0, 10).items()).isEmpty();
  }

  @Test
  public void versionsGrowByOneWithEachChange() {
    OrganizationId organization = storedOrganization();
    Person person = save(aPerson());
    person.associateWith(organization, DAY, person.id(), UNLIMITED);

    Person second = save(person);
    second.leave(DAY.plusDays(1), second.id());
    Person third = save(second);

    assertThat(second.version()).contains(1L);
    assertThat(third.version()).contains(2L);
    assertThat(find(person.id()).version()).contains(2L);
  }

  @Test
  public void aChangeMadeFromAStaleVersionIsRefused() {
    OrganizationId organization = storedOrganization();
    PersonId id = save(aPerson()).id();
    Person readFirst = find(id);
    Person readSecond = find(id);
    readFirst.associateWith(organization, DAY, id, UNLIMITED);
    save(readFirst);
    readSecond.associateWith(organization, DAY.plusDays(1), id, UNLIMITED);

    assertThatThrownBy(() -> save(readSecond))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("concurrent-update"));
    assertThat(find(id).associations())
        .containsExactly(new Association(organization, DAY, null, null));
    assertThat(find(id).version()).contains(1L);
  }

  @Test
  public void aNewPersonWhoseIdIsAlreadyStoredIsRefused() {
    Person person = aPerson();
    save(person);

    // person still has no version: it claims to be new, but its id is taken
    assertThatThrownBy(() -> save(person))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("concurrent-update"));
  }

  @Test
  public void aPersonIsFoundByEmailWhateverItsCase() {
    String local = "Mixed" + token();
    Person person = save(Person.register("Mixed Case", new EmailAddress(local + "@Example.ORG")));

    Person found =
        inTransaction(
                () -> persons().findByEmail(new EmailAddress(local.toLowerCase() + "@example.org")))
            .orElseThrow();

    assertThat(found.id()).isEqualTo(person.id());
    assertThat(found.email().value()).isEqualTo(local.toLowerCase() + "@example.org");
    assertThat(inTransaction(() -> persons().findByEmail(freshEmail()))).isEmpty();
  }

  @Test
  public void twoPersonsCannotShareAnEmail() {
    Person first = save(aPerson());
    Person second = Person.register("Someone Else", first.email());

    assertThatThrownBy(() -> save(second))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("email-taken"));
    assertThat(inTransaction(() -> persons().findById(second.id()))).isEmpty();
    assertThat(inTransaction(() -> persons().findByEmail(first.email())))
        .get()
        .extracting(Person::id)
        .isEqualTo(first.id());
  }

  @Test
  public void anUnknownPersonIsNotFound() {
    assertThat(inTransaction(() -> persons().findById(PersonId.newId()))).isEmpty();
  }

  @Test
  public void onlyPersonsCurrentlyAssociatedWithTheOrganizationAreListedByNameThenId() {
    OrganizationId organization = storedOrganization();
    OrganizationId elsewhere = storedOrganization();
    String prefix = token();
    Person b = associated(personNamed(prefix + "b"), organization);
    Person twinOne = associated(personNamed(prefix + "c"), organization);
    Person a = associated(personNamed(prefix + "a"), organization);
    Person twinTwo = associated(personNamed(prefix + "c"), organization);
    Person left = associated(personNamed(prefix + "d"), organization);
    left.leave(DAY.plusDays(1), left.id());
    save(left);
    Person moved = associated(personNamed(prefix + "e"), organization);
    moved.associateWith(elsewhere, DAY.plusDays(1), moved.id(), UNLIMITED);
    save(moved);
    associated(personNamed(prefix + "f"), elsewhere);
    save(personNamed(prefix + "g"));
    List<PersonId> twins =
        List.of(twinOne, twinTwo).stream()
            .sorted(Comparator.comparing(p -> p.id().toString()))
            .map(Person::id)
            .toList();

    Page<Person> first = members(organization, 0, 3);
    Page<Person> second = members(organization, 1, 3);

    assertThat(first.items()).extracting(Person::id).containsExactly(a.id(), b.id(), twins.get(0));
    assertThat(second.items()).extracting(Person::id).containsExactly(twins.get(1));
    assertThat(first.total()).isEqualTo(4);
    assertThat(second.total()).isEqualTo(4);
    assertThat(members(organization, 2, 3).items()).isEmpty();
    assertThat(members(elsewhere, 0, 10).items())
        .extracting(Person::name)
        .containsExactly(prefix + "e", prefix + "f");
  }

  @Test
  public void listedPersonsCarryTheirWholeHistory() {
    OrganizationId previous = storedOrganization();
    OrganizationId organization = storedOrganization();
    Person person = associated(aPerson(), previous);
    person.associateWith(organization, DAY.plusDays(30), person.id(), UNLIMITED);
    save(person);

    Person listed = members(organization, 0, 10).items().getFirst();

    assertSameState(listed, person, 2);
  }

  @Test
  public void anOrganizationWithoutMembersListsNobody() {
    Page<Person> page = members(storedOrganization(), 0, 10);

    assertThat(page.items()).isEmpty();
    assertThat(page.total()).isZero();
  }

  @Test
  public void thePersonsWhoseAssociationCoversTheDayAreListedOrderedById() {
    OrganizationId organization = storedOrganization();
    OrganizationId elsewhere = storedOrganization();
    Person stayed = associated(aPerson(), organization);
    Person movedLater = associated(aPerson(), organization);
    movedLater.associateWith(elsewhere, DAY.plusDays(40), movedLater.id(), UNLIMITED);
    save(movedLater);
    Person joinedLater = save(aPerson());
    joinedLater.associateWith(organization, DAY.plusDays(20), joinedLater.id(), UNLIMITED);
    save(joinedLater);
    Person neverHere = associated(aPerson(), elsewhere);
    save(aPerson());

    List<Person> onTheTenthDay = associatedOn(organization, DAY.plusDays(10));

    assertThat(onTheTenthDay)
        .extracting(Person::id)
        .containsExactlyElementsOf(byId(stayed, movedLater))
        .doesNotContain(joinedLater.id(), neverHere.id());
    assertThat(associatedOn(organization, DAY.plusDays(20)))
        .extracting(Person::id)
        .containsExactlyElementsOf(byId(stayed, movedLater, joinedLater));
  }

  @Test
  public void pastAssociationsCountOnTheirDaysButNotOnTheDayTheyEnded() {
    OrganizationId organization = storedOrganization();
    OrganizationId elsewhere = storedOrganization();
    Person moved = associated(aPerson(), organization);
    moved.associateWith(elsewhere, DAY.plusDays(40), moved.id(), UNLIMITED);
    save(moved);
    Person left = associated(aPerson(), organization);
    left.leave(DAY.plusDays(5), left.id());
    save(left);

    assertThat(associatedOn(organization, DAY.plusDays(4)))
        .extracting(Person::id)
        .containsExactlyElementsOf(byId(moved, left));
    assertThat(associatedOn(organization, DAY.plusDays(5)))
        .extracting(Person::id)
        .containsExactly(moved.id());
    assertThat(associatedOn(organization, DAY.plusDays(39)))
        .extracting(Person::id)
        .containsExactly(moved.id());
    assertThat(associatedOn(organization, DAY.plusDays(40))).isEmpty();
    assertThat(associatedOn(elsewhere, DAY.plusDays(40)))
        .extracting(Person::id)
        .containsExactly(moved.id());
    assertThat(associatedOn(organization, DAY.minusDays(1))).isEmpty();
  }

  @Test
  public void aPersonWhoCameBackIsListedOnceWithTheWholeHistory() {
    OrganizationId organization = storedOrganization();
    Person returning = associated(aPerson(), organization);
    returning.leave(DAY.plusDays(10), returning.id());
    returning.associateWith(organization, DAY.plusDays(50), returning.id(), UNLIMITED);
    save(returning);
    Person sameDay = save(aPerson());
    sameDay.associateWith(organization, DAY.plusDays(30), sameDay.id(), UNLIMITED);
    sameDay.leave(DAY.plusDays(30), sameDay.id());
    save(sameDay);

    assertThat(associatedOn(organization, DAY.plusDays(30))).isEmpty();
    List<Person> later = associatedOn(organization, DAY.plusDays(60));
    assertThat(later).hasSize(1);
    assertSameState(later.getFirst(), returning, 2);
  }

  @Test
  public void manyPersonsAreAllListedInIdOrder() {
    OrganizationId organization = storedOrganization();
    List<Person> members =
        IntStream.range(0, 30).mapToObj(i -> associated(aPerson(), organization)).toList();

    assertThat(associatedOn(organization, DAY))
        .extracting(Person::id)
        .containsExactlyElementsOf(byId(members.toArray(Person[]::new)));
  }

  private List<Person> associatedOn(OrganizationId organization, LocalDate day) {
    return inTransaction(() -> persons().associatedOn(organization, day));
  }

  /**
   * The ids of {@code persons} in the order stores list them: by the id's text, which is also how
   * PostgreSQL and H2 order UUIDs (unlike {@link java.util.UUID#compareTo}).
   */
  private static List<PersonId> byId(Person... persons) {
    return Arrays.stream(persons)
        .map(Person::id)
        .sorted(Comparator.comparing(PersonId::toString))
        .toList();
  }

  private Person associated(Person person, OrganizationId organization) {
    Person stored = save(person);
    stored.associateWith(organization, DAY, stored.id(), UNLIMITED);
    return save(stored);
  }

  private Page<Person> members(OrganizationId organization, int page, int size) {
    return inTransaction(
        () -> persons().currentlyAssociatedWith(organization, new PageRequest(page, size)));
  }

  private static void assertSameState(Person actual, Person expected, long version) {
    assertThat(actual.id()).isEqualTo(expected.id());
    assertThat(actual.name()).isEqualTo(expected.name());
    assertThat(actual.email()).isEqualTo(expected.email());
    assertThat(actual.associations()).isEqualTo(expected.associations());
    assertThat(actual.version()).contains(version);
  }
}
