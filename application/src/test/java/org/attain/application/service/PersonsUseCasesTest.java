package org.attain.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attain.application.service.Programme.AGENT;
import static org.attain.application.service.Programme.adminOf;
import static org.attain.application.service.Programme.email;
import static org.attain.application.service.Programme.self;

import org.attain.application.error.AccessDeniedException;
import org.attain.application.error.ConflictException;
import org.attain.application.error.NotFoundException;
import org.attain.application.port.in.Actor;
import org.attain.application.port.in.RegisterPerson;
import org.attain.domain.organization.Organization;
import org.attain.domain.person.Person;
import org.attain.domain.person.PersonId;
import org.junit.jupiter.api.Test;

/** Creating persons' accounts and who may read them. */
class PersonsUseCasesTest {

  private final Programme programme = new Programme();

  @Test
  void anAgentRegistersAPersonWithNoAssociation() {
    Person ana =
        programme.persons.register(
            AGENT, new RegisterPerson.Command("Ana Souza", email("Ana@Example.com")));

    assertThat(ana.name()).isEqualTo("Ana Souza");
    assertThat(ana.email()).isEqualTo(email("ana@example.com"));
    assertThat(ana.associations()).isEmpty();
    assertThat(ana.version()).contains(0L);
    assertThat(programme.stores.persons.findById(ana.id())).isPresent();
  }

  @Test
  void onlyAnAgentMayRegisterAPerson() {
    Organization contoso = programme.organization("Contoso");
    RegisterPerson.Command command = new RegisterPerson.Command("Ana", email("ana@example.com"));

    assertThatThrownBy(() -> programme.persons.register(adminOf(contoso), command))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () -> programme.persons.register(new Actor.PersonAccount(PersonId.newId()), command))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(programme.stores.persons.all()).isEmpty();
  }

  @Test
  void anEmailAlreadyRegisteredIsAConflictWhateverItsCase() {
    Person ana = programme.person("Ana Souza");
    RegisterPerson.Command sameEmail =
        new RegisterPerson.Command("Another Ana", email(ana.email().value().toUpperCase()));

    assertThatThrownBy(() -> programme.persons.register(AGENT, sameEmail))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("email-taken"));
    assertThat(programme.stores.persons.all()).extracting(Person::id).containsExactly(ana.id());
  }

  @Test
  void aPersonReadsTheirOwnAccount() {
    Person ana = programme.person("Ana Souza");

    assertThat(programme.readPersons.get(self(ana), ana.id()).email()).isEqualTo(ana.email());
  }

  @Test
  void aPersonMayNotReadSomeoneElse() {
    Person ana = programme.person("Ana Souza");
    Person bruno = programme.person("Bruno Lima");

    assertThatThrownBy(() -> programme.readPersons.get(self(bruno), ana.id()))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void anAgentReadsAnyPerson() {
    Person ana = programme.person("Ana Souza");

    assertThat(programme.readPersons.get(AGENT, ana.id()).id()).isEqualTo(ana.id());
  }

  @Test
  void anAdminReadsThePersonsOfTheirOrganizationOnly() {
    Organization contoso = programme.organization("Contoso");
    Organization fabrikam = programme.organization("Fabrikam");
    Person ana = programme.associated(programme.person("Ana Souza"), contoso);

    assertThat(programme.readPersons.get(adminOf(contoso), ana.id()).currentOrganization())
        .contains(contoso.id());
    assertThatThrownBy(() -> programme.readPersons.get(adminOf(fabrikam), ana.id()))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void anAdminMayNoLongerReadAPersonWhoMovedAway() {
    Organization contoso = programme.organization("Contoso");
    Organization fabrikam = programme.organization("Fabrikam");
    Person ana = programme.associated(programme.person("Ana Souza"), contoso);
    programme.stores.clock.advanceDays(30);
    programme.associated(ana, fabrikam);

    assertThatThrownBy(() -> programme.readPersons.get(adminOf(contoso), ana.id()))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(programme.readPersons.get(adminOf(fabrikam), ana.id()).associations()).hasSize(2);
  }

  @Test
  void anAdminMayNotReadAPersonWithoutOrganization() {
    Organization contoso = programme.organization("Contoso");
    Person ana = programme.person("Ana Souza");

    assertThatThrownBy(() -> programme.readPersons.get(adminOf(contoso), ana.id()))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void readingAnUnknownPersonIsNotFound() {
    assertThatThrownBy(() -> programme.readPersons.get(AGENT, PersonId.newId()))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.code()).isEqualTo("person-not-found"));
  }
}
