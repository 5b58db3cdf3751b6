package org.attain.adapter.persistence.person;

import java.util.List;
import org.attain.adapter.persistence.StoredValues;
import org.attain.domain.person.Association;
import org.attain.domain.person.Person;
import org.attain.domain.person.PersonId;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/**
 * Maps persons between the domain and their stored form. A person is rebuilt through {@link
 * Person#restore}, so that part is written out; associations map field by field.
 */
@Mapper(uses = StoredValues.class)
interface PersonMapper {

  default Person toDomain(PersonEntity entity) {
    return Person.restore(
        StoredValues.personId(entity.getId()),
        entity.getName(),
        StoredValues.email(entity.getEmail()),
        toDomain(entity.getAssociations()),
        entity.getVersion());
  }

  List<Association> toDomain(List<AssociationEmbeddable> associations);

  @Mapping(target = "organization", source = "organizationId")
  @Mapping(target = "end", source = "endReason")
  Association toDomain(AssociationEmbeddable association);

  /** Copies the person's state; the version is Hibernate's to set. */
  default void copy(Person person, PersonEntity entity) {
    entity.setId(StoredValues.uuid(person.id()));
    entity.setName(person.name());
    entity.setEmail(StoredValues.text(person.email()));
    entity.replaceAssociations(toStored(person.associations(), person.id()));
  }

  List<AssociationEmbeddable> toStored(List<Association> associations, @Context PersonId owner);

  @Mapping(target = "organizationId", source = "organization")
  @Mapping(target = "endReason", source = "end")
  @Mapping(
      target = "openPersonId",
      expression = "java(association.isOpen() ? owner.value() : null)")
  AssociationEmbeddable toStored(Association association, @Context PersonId owner);
}
