package org.attain.adapter.persistence.organization;

import org.attain.adapter.persistence.StoredValues;
import org.attain.domain.organization.AdminContact;
import org.attain.domain.organization.Organization;
import org.mapstruct.AfterMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

/** Maps organizations between the domain and their stored form. */
@Mapper(uses = StoredValues.class)
interface OrganizationMapper {

  Organization toDomain(OrganizationEntity entity);

  AdminContact toDomain(AdminContactEmbeddable admin);

  /** Copies the organization's state; the version is Hibernate's to set, so it has no setter. */
  @Mapping(target = "admins", ignore = true)
  void copy(Organization organization, @MappingTarget OrganizationEntity entity);

  @AfterMapping
  default void copyAdmins(Organization organization, @MappingTarget OrganizationEntity entity) {
    entity.replaceAdmins(organization.admins().stream().map(this::toStored).toList());
  }

  AdminContactEmbeddable toStored(AdminContact admin);
}
