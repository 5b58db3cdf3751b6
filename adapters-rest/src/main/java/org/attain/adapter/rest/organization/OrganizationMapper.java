package org.attain.adapter.rest.organization;

import java.util.ArrayList;
import java.util.List;
import org.attain.adapter.rest.mapping.MappingConfig;
import org.attain.adapter.rest.mapping.RequestFields;
import org.attain.adapter.rest.mapping.ValueMappings;
import org.attain.application.port.in.RegisterOrganization;
import org.attain.domain.organization.AdminContact;
import org.attain.domain.organization.Organization;
import org.attain.domain.shared.EmailAddress;
import org.attain.domain.shared.InvalidValueException;
import org.mapstruct.Mapper;

/** Maps organization requests to commands and organizations to responses. */
@Mapper(config = MappingConfig.class)
public interface OrganizationMapper extends ValueMappings {

  RegisterOrganization.Command toCommand(RegisterOrganizationRequest request);

  OrganizationResponse toResponse(Organization organization);

  AdminResponse toResponse(AdminContact admin);

  /** Admins one by one, so that a refused value is reported at its place in the list. */
  default List<AdminContact> admins(List<AdminRequest> admins) {
    if (admins == null) {
      return null;
    }
    List<AdminContact> contacts = new ArrayList<>(admins.size());
    for (int i = 0; i < admins.size(); i++) {
      AdminRequest admin = admins.get(i);
      String at = "admins[" + i + "]";
      if (admin == null) {
        throw new InvalidValueException(at, "an admin contact is required");
      }
      EmailAddress email = RequestFields.at(at + ".email", () -> new EmailAddress(admin.email()));
      contacts.add(RequestFields.at(at + ".name", () -> new AdminContact(admin.name(), email)));
    }
    return contacts;
  }
}
