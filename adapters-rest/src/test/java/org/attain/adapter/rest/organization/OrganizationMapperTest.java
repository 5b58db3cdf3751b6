package org.attain.adapter.rest.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.attain.application.port.in.RegisterOrganization;
import org.attain.domain.organization.AdminContact;
import org.attain.domain.organization.CountryCode;
import org.attain.domain.organization.Market;
import org.attain.domain.organization.Organization;
import org.attain.domain.shared.EmailAddress;
import org.attain.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class OrganizationMapperTest {

  private final OrganizationMapper mapper = new OrganizationMapperImpl();

  @Test
  void aRequestBecomesACommandOfDomainValues() {
    RegisterOrganization.Command command =
        mapper.toCommand(
            new RegisterOrganizationRequest(
                "Contoso", "pt", Market.DEVELOPING, List.of(new AdminRequest("Ana", "Ana@X.pt"))));

    assertThat(command.country()).isEqualTo(new CountryCode("PT"));
    assertThat(command.admins())
        .containsExactly(new AdminContact("Ana", new EmailAddress("ana@x.pt")));
  }

  @Test
  void aValueTheDomainRefusesIsReportedAtItsPlaceInTheList() {
    var request =
        new RegisterOrganizationRequest(
            "Contoso",
            "PT",
            Market.DEVELOPED,
            List.of(new AdminRequest("Ana", "ana@x.pt"), new AdminRequest("Bo", "bo@localhost")));

    InvalidValueException refused =
        catchThrowableOfType(InvalidValueException.class, () -> mapper.toCommand(request));

    assertThat(refused.field()).isEqualTo("admins[1].email");
  }

  @Test
  void aNameWithControlCharactersIsReportedAtItsPlace() {
    var request =
        new RegisterOrganizationRequest(
            "Contoso", "PT", Market.DEVELOPED, List.of(new AdminRequest("A\u0007na", "ana@x.pt")));

    assertThat(
            catchThrowableOfType(InvalidValueException.class, () -> mapper.toCommand(request))
                .field())
        .isEqualTo("admins[0].name");
  }

  @Test
  void anOrganizationBecomesItsResponse() {
    Organization stored =
        Organization.register(
            "Contoso",
            new CountryCode("PT"),
            Market.DEVELOPED,
            List.of(new AdminContact("Ana", new EmailAddress("ana@x.pt"))));

    OrganizationResponse response = mapper.toResponse(stored);

    assertThat(response.id()).isEqualTo(stored.id().value());
    assertThat(response.country()).isEqualTo("PT");
    assertThat(response.admins()).containsExactly(new AdminResponse("Ana", "ana@x.pt"));
    assertThat(response.version()).isNull();
  }
}
