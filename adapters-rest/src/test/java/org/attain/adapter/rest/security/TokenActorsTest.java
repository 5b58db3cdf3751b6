package org.attain.adapter.rest.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import org.attain.application.port.in.Actor;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.person.PersonId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TokenActorsTest {

  private static final UUID ORGANIZATION = UUID.randomUUID();
  private static final UUID PERSON = UUID.randomUUID();

  @Test
  void anAgentTokenNamesAnAgent() {
    assertThat(TokenActors.actorOf(Set.of("agent"), "agent-smith", null))
        .isEqualTo(new Actor.Agent("agent-smith"));
  }

  @Test
  void aPartnerAdminTokenNamesTheOrganizationOfItsOrgClaim() {
    assertThat(TokenActors.actorOf(Set.of("partner-admin"), "ana", ORGANIZATION.toString()))
        .isEqualTo(new Actor.PartnerAdmin("ana", new OrganizationId(ORGANIZATION)));
  }

  @Test
  void aPersonTokenNamesThePersonOfItsSubject() {
    assertThat(TokenActors.actorOf(Set.of("person"), PERSON.toString(), null))
        .isEqualTo(new Actor.PersonAccount(new PersonId(PERSON)));
  }

  @Test
  void theWidestRoleWinsWhateverTheirOrder() {
    assertThat(TokenActors.actorOf(Set.of("person", "agent"), PERSON.toString(), null))
        .isInstanceOf(Actor.Agent.class);
    assertThat(
            TokenActors.actorOf(
                Set.of("person", "partner-admin"), PERSON.toString(), ORGANIZATION.toString()))
        .isInstanceOf(Actor.PartnerAdmin.class);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"acme", "1-2-3-4-5", "not a uuid at all, not at all, not at all"})
  void aPartnerAdminWithoutAValidOrganizationIsRefused(String organization) {
    assertThatThrownBy(() -> TokenActors.actorOf(Set.of("partner-admin"), "ana", organization))
        .isInstanceOf(UnusableTokenException.class)
        .hasMessageContaining("org claim");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"rui", "1-2-3-4-5"})
  void aPersonWhoseSubjectIsNotTheirIdIsRefused(String subject) {
    assertThatThrownBy(() -> TokenActors.actorOf(Set.of("person"), subject, null))
        .isInstanceOf(UnusableTokenException.class)
        .hasMessageContaining("subject");
  }

  @Test
  void anAgentWithoutASubjectIsRefused() {
    assertThatThrownBy(() -> TokenActors.actorOf(Set.of("agent"), " ", null))
        .isInstanceOf(UnusableTokenException.class);
  }

  @Test
  void aTokenWithNoKnownRoleIsRefused() {
    assertThatThrownBy(() -> TokenActors.actorOf(Set.of("guest"), "x", null))
        .isInstanceOf(UnusableTokenException.class);
    assertThatThrownBy(() -> TokenActors.actorOf(null, "x", null))
        .isInstanceOf(UnusableTokenException.class);
  }

  @Test
  void anUpperCaseUuidIsStillTheSameId() {
    assertThat(
            TokenActors.actorOf(
                Set.of("person"), PERSON.toString().toUpperCase(java.util.Locale.ROOT), null))
        .isEqualTo(new Actor.PersonAccount(new PersonId(PERSON)));
  }
}
