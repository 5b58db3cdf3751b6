package org.attain.application.inmemory;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attain.application.error.ConflictException;
import org.attain.application.paging.Page;
import org.attain.application.paging.PageRequest;
import org.attain.application.port.out.Persons;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.person.Person;
import org.attain.domain.person.PersonId;
import org.attain.domain.shared.EmailAddress;

/**
 * Persons kept in a map. A person is mutable, so the store keeps and hands out copies: changing a
 * person read from it changes nothing stored until it is saved, as with a database.
 */
public final class InMemoryPersons implements Persons, Snapshotting {

  private static final Comparator<Person> BY_NAME_THEN_ID =
      Comparator.comparing(Person::name).thenComparing(p -> p.id().toString());

  private final Map<PersonId, Person> stored = new HashMap<>();

  @Override
  public synchronized Person save(Person person) {
    Person current = stored.get(person.id());
    long version =
        Versions.next(
            current == null ? null : current.version().orElseThrow(),
            person.version().orElse(null));
    boolean emailTaken =
        stored.values().stream()
            .anyMatch(
                other -> !other.id().equals(person.id()) && other.email().equals(person.email()));
    if (emailTaken) {
      throw new ConflictException(
          "email-taken", "another person is already registered with this email");
    }
    stored.put(person.id(), copy(person, version));
    return copy(person, version);
  }

  @Override
  public synchronized Optional<Person> findById(PersonId id) {
    return Optional.ofNullable(stored.get(id)).map(InMemoryPersons::copy);
  }

  @Override
  public synchronized Optional<Person> findByEmail(EmailAddress email) {
    return stored.values().stream()
        .filter(person -> person.email().equals(email))
        .findFirst()
        .map(InMemoryPersons::copy);
  }

  @Override
  public synchronized Page<Person> currentlyAssociatedWith(
      OrganizationId organization, PageRequest request) {
    List<Person> members =
        stored.values().stream()
            .filter(person -> person.currentOrganization().filter(organization::equals).isPresent())
            .sorted(BY_NAME_THEN_ID)
            .map(InMemoryPersons::copy)
            .toList();
    return Paging.page(members, request);
  }

  @Override
  public synchronized List<Person> associatedOn(OrganizationId organization, LocalDate day) {
    return stored.values().stream()
        .filter(person -> person.organizationOn(day).filter(organization::equals).isPresent())
        .sorted(Comparator.comparing(person -> person.id().toString()))
        .map(InMemoryPersons::copy)
        .toList();
  }

  @Override
  public synchronized Runnable snapshot() {
    Map<PersonId, Person> copy = Map.copyOf(stored);
    return () -> {
      synchronized (this) {
        stored.clear();
        stored.putAll(copy);
      }
    };
  }

  /** Every stored person, for tests that check nothing was written. */
  public synchronized List<Person> all() {
    return stored.values().stream().sorted(BY_NAME_THEN_ID).map(InMemoryPersons::copy).toList();
  }

  private static Person copy(Person person) {
    return copy(person, person.version().orElseThrow());
  }

  private static Person copy(Person person, long version) {
    return Person.restore(
        person.id(), person.name(), person.email(), person.associations(), version);
  }
}
