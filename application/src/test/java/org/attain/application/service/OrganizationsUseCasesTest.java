package org.attain.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attain.application.service.Programme.AGENT;
import static org.attain.application.service.Programme.adminOf;
import static org.attain.application.service.Programme.email;

import java.util.List;
import org.attain.application.error.AccessDeniedException;
import org.attain.application.error.NotFoundException;
import org.attain.application.paging.Page;
import org.attain.application.paging.PageRequest;
import org.attain.application.port.in.Actor;
import org.attain.application.port.in.RegisterOrganization;
import org.attain.domain.organization.AdminContact;
import org.attain.domain.organization.CountryCode;
import org.attain.domain.organization.Market;
import org.attain.domain.organization.Organization;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.person.PersonId;
import org.attain.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

/** Enrolling and reading partner organizations. */
class OrganizationsUseCasesTest {

  private final Programme programme = new Programme();

  @Test
  void anAgentEnrolsAnOrganizationWithItsAdmins() {
    RegisterOrganization.Command command =
        new RegisterOrganization.Command(
            "Contoso Ltda",
            new CountryCode("br"),
            Market.DEVELOPING,
            List.of(new AdminContact("Ana", email("ana@contoso.com"))));

    Organization contoso = programme.organizations.register(AGENT, command);

    assertThat(contoso.name()).isEqualTo("Contoso Ltda");
    assertThat(contoso.country()).isEqualTo(new CountryCode("BR"));
    assertThat(contoso.admins()).isEqualTo(command.admins());
    assertThat(contoso.version()).isZero();
    assertThat(programme.stores.organizations.findById(contoso.id())).contains(contoso);
  }

  @Test
  void onlyAnAgentMayEnrolAnOrganization() {
    Organization contoso = programme.organization("Contoso");
    RegisterOrganization.Command command =
        new RegisterOrganization.Command(
            "Fabrikam",
            new CountryCode("PT"),
            Market.DEVELOPED,
            List.of(new AdminContact("Bruno", email("bruno@fabrikam.com"))));

    for (Actor notAnAgent : List.of(adminOf(contoso), new Actor.PersonAccount(PersonId.newId()))) {
      assertThatThrownBy(() -> programme.organizations.register(notAnAgent, command))
          .isInstanceOf(AccessDeniedException.class);
    }
    assertThat(programme.stores.organizations.all()).containsExactly(contoso);
  }

  @Test
  void anInvalidOrganizationIsRefusedAndNothingIsStored() {
    RegisterOrganization.Command blankName =
        new RegisterOrganization.Command(
            "  ",
            new CountryCode("PT"),
            Market.DEVELOPED,
            List.of(new AdminContact("Bruno", email("bruno@fabrikam.com"))));

    assertThatThrownBy(() -> programme.organizations.register(AGENT, blankName))
        .isInstanceOf(InvalidValueException.class);
    assertThat(programme.stores.organizations.all()).isEmpty();
  }

  @Test
  void anAgentReadsAnyOrganization() {
    Organization contoso = programme.organization("Contoso");

    assertThat(programme.readOrganizations.get(AGENT, contoso.id())).isEqualTo(contoso);
  }

  @Test
  void aPartnerAdminReadsTheirOwnOrganization() {
    Organization contoso = programme.organization("Contoso");

    assertThat(programme.readOrganizations.get(adminOf(contoso), contoso.id())).isEqualTo(contoso);
  }

  @Test
  void anAdminOfAnotherOrganizationMayNotReadIt() {
    Organization contoso = programme.organization("Contoso");
    Organization fabrikam = programme.organization("Fabrikam");

    assertThatThrownBy(() -> programme.readOrganizations.get(adminOf(fabrikam), contoso.id()))
        .isInstanceOfSatisfying(
            AccessDeniedException.class, e -> assertThat(e.code()).isEqualTo("access-denied"));
  }

  @Test
  void aPersonMayNotReadOrganizations() {
    Organization contoso = programme.organization("Contoso");
    Actor person = new Actor.PersonAccount(PersonId.newId());

    assertThatThrownBy(() -> programme.readOrganizations.get(person, contoso.id()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> programme.readOrganizations.list(person, new PageRequest(0, 10)))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void readingAnUnknownOrganizationIsNotFound() {
    OrganizationId unknown = OrganizationId.newId();

    assertThatThrownBy(() -> programme.readOrganizations.get(AGENT, unknown))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.code()).isEqualTo("organization-not-found"));
  }

  @Test
  void anAgentPagesThroughEveryOrganizationByName() {
    Organization fabrikam = programme.organization("Fabrikam");
    Organization contoso = programme.organization("Contoso");
    Organization northwind = programme.organization("Northwind");

    Page<Organization> first = programme.readOrganizations.list(AGENT, new PageRequest(0, 2));
    Page<Organization> second = programme.readOrganizations.list(AGENT, new PageRequest(1, 2));

    assertThat(first.items()).containsExactly(contoso, fabrikam);
    assertThat(second.items()).containsExactly(northwind);
    assertThat(first.total()).isEqualTo(3);
    assertThat(second.total()).isEqualTo(3);
  }

  @Test
  void aPartnerAdminListsOnlyTheirOwnOrganization() {
    programme.organization("Contoso");
    Organization fabrikam = programme.organization("Fabrikam");

    Page<Organization> first =
        programme.readOrganizations.list(adminOf(fabrikam), new PageRequest(0, 10));
    Page<Organization> second =
        programme.readOrganizations.list(adminOf(fabrikam), new PageRequest(1, 10));

    assertThat(first.items()).containsExactly(fabrikam);
    assertThat(first.total()).isEqualTo(1);
    assertThat(second.items()).isEmpty();
    assertThat(second.total()).isEqualTo(1);
  }
}
