package org.attain.adapter.rest.person;

import java.util.List;
import org.attain.adapter.rest.mapping.MappingConfig;
import org.attain.adapter.rest.mapping.ValueMappings;
import org.attain.application.port.in.RegisterPerson;
import org.attain.domain.person.Association;
import org.attain.domain.person.Person;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/**
 * Maps person requests to commands and persons to responses. {@link Person} is not a bean MapStruct
 * can read, so its own fields are written out; its associations are generated.
 */
@Mapper(config = MappingConfig.class)
public interface PersonMapper extends ValueMappings {

  RegisterPerson.Command toCommand(RegisterPersonRequest request);

  default PersonResponse toResponse(Person person) {
    return new PersonResponse(
        uuid(person.id()),
        person.name(),
        text(person.email()),
        person.currentOrganization().map(this::uuid).orElse(null),
        associations(person.associations()),
        person.version().orElse(null));
  }

  List<AssociationResponse> associations(List<Association> associations);

  @Mapping(target = "organizationId", source = "organization")
  AssociationResponse toResponse(Association association);
}
