package org.attain.adapter.persistence.person;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.attain.adapter.persistence.PagedIds;
import org.attain.adapter.persistence.StoreConflicts;
import org.attain.application.error.ConflictException;
import org.attain.application.paging.Page;
import org.attain.application.paging.PageRequest;
import org.attain.application.port.out.Persons;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.person.Person;
import org.attain.domain.person.PersonId;
import org.attain.domain.shared.EmailAddress;

/** Persons stored with Hibernate ORM; runs inside the caller's unit of work. */
@ApplicationScoped
public class PanachePersons implements Persons {

  /** The order of a UUID's text, which {@link java.util.UUID#compareTo} (signed) is not. */
  private static final Comparator<UUID> UNSIGNED =
      Comparator.comparing(UUID::getMostSignificantBits, Long::compareUnsigned)
          .thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);

  private final PersonRepository repository;
  private final PersonMapper mapper;

  PanachePersons(PersonRepository repository, PersonMapper mapper) {
    this.repository = repository;
    this.mapper = mapper;
  }

  @Override
  public Person save(Person person) {
    PersonEntity entity = person.version().isEmpty() ? added(person) : changed(person);
    StoreConflicts.flush(repository.getEntityManager());
    return mapper.toDomain(entity);
  }

  private PersonEntity added(Person person) {
    if (repository.exists(person.id().value())) {
      throw ConflictException.concurrentUpdate();
    }
    PersonEntity entity = new PersonEntity();
    mapper.copy(person, entity);
    repository.persist(entity);
    return entity;
  }

  /** The version the person was read with must still be the stored one. */
  private PersonEntity changed(Person person) {
    PersonEntity entity =
        repository
            .findWithHistory(person.id().value())
            .filter(stored -> Objects.equals(stored.getVersion(), person.version().orElseThrow()))
            .orElseThrow(ConflictException::concurrentUpdate);
    mapper.copy(person, entity);
    return entity;
  }

  @Override
  public Optional<Person> findById(PersonId id) {
    return repository.findWithHistory(id.value()).map(mapper::toDomain);
  }

  @Override
  public Optional<Person> findByEmail(EmailAddress email) {
    return repository.findByEmailWithHistory(email.value()).map(mapper::toDomain);
  }

  /** Three statements whatever the page size: the page's ids, their persons, the count. */
  @Override
  public Page<Person> currentlyAssociatedWith(OrganizationId organization, PageRequest request) {
    UUID organizationId = organization.value();
    int firstRow = PagedIds.firstRow(request);
    List<UUID> ids =
        firstRow < 0
            ? List.of()
            : repository.pageOfMemberIds(organizationId, firstRow, request.size());
    List<PersonEntity> found = ids.isEmpty() ? List.of() : repository.findWithHistory(ids);
    List<Person> items =
        PagedIds.inPageOrder(ids, found, PersonEntity::getId).stream()
            .map(mapper::toDomain)
            .toList();
    return new Page<>(
        items,
        request,
        PagedIds.total(request, items.size(), () -> repository.countMembers(organizationId)));
  }

  /**
   * One statement whatever their number, histories included. Sorted here by the id's text, so that
   * the order does not depend on how a database compares UUIDs.
   */
  @Override
  public List<Person> associatedOn(OrganizationId organization, LocalDate day) {
    return repository.associatedOnWithHistory(organization.value(), day).stream()
        .sorted(Comparator.comparing(PersonEntity::getId, UNSIGNED))
        .map(mapper::toDomain)
        .toList();
  }
}
