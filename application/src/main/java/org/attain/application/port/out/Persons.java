package org.attain.application.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.attain.application.paging.Page;
import org.attain.application.paging.PageRequest;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.person.Person;
import org.attain.domain.person.PersonId;
import org.attain.domain.shared.EmailAddress;

/** The store of persons with their association history. */
public interface Persons {

  /**
   * Stores a new person or a change to a stored one and returns it as now stored.
   *
   * @throws org.attain.application.error.ConflictException when the stored version is newer, the
   *     email belongs to another person, or the person would be associated twice
   */
  Person save(Person person);

  Optional<Person> findById(PersonId id);

  Optional<Person> findByEmail(EmailAddress email);

  /** The persons currently associated with {@code organization}, ordered by name, then id. */
  Page<Person> currentlyAssociatedWith(OrganizationId organization, PageRequest request);

  /**
   * Every person whose achievements counted for {@code organization} on {@code day}, ordered by id,
   * in a bounded number of reads whatever their number.
   */
  List<Person> associatedOn(OrganizationId organization, LocalDate day);
}
