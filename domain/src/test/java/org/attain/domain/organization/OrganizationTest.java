package org.attain.domain.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.attain.domain.shared.EmailAddress;
import org.attain.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

/** An organization is sound: a name, a country, a market and distinct admin contacts. */
class OrganizationTest {

  private static final CountryCode BRAZIL = new CountryCode("BR");

  @Test
  void aRegisteredOrganizationIsNewAndKeepsWhatItWasGiven() {
    List<AdminContact> admins = List.of(admin("Ana", "ana@contoso.com"));

    Organization contoso =
        Organization.register("  Contoso Ltda ", BRAZIL, Market.DEVELOPING, admins);

    assertThat(contoso.id()).isNotNull();
    assertThat(contoso.name()).isEqualTo("Contoso Ltda");
    assertThat(contoso.country()).isEqualTo(BRAZIL);
    assertThat(contoso.market()).isEqualTo(Market.DEVELOPING);
    assertThat(contoso.admins()).isEqualTo(admins);
    assertThat(contoso.version()).isNull();
  }

  @Test
  void twoRegistrationsGetDifferentIds() {
    List<AdminContact> admins = List.of(admin("Ana", "ana@contoso.com"));

    assertThat(Organization.register("Contoso", BRAZIL, Market.DEVELOPED, admins).id())
        .isNotEqualTo(Organization.register("Contoso", BRAZIL, Market.DEVELOPED, admins).id());
  }

  @Test
  void anOrganizationNeedsAtLeastOneAdmin() {
    assertThatThrownBy(() -> Organization.register("Contoso", BRAZIL, Market.DEVELOPED, List.of()))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("admins"))
        .hasMessageContaining("at least one admin");
  }

  @Test
  void adminEmailsMustBeDistinctWhateverTheirCase() {
    List<AdminContact> twice =
        List.of(admin("Ana", "ana@contoso.com"), admin("Ana Again", "ANA@Contoso.com"));

    assertThatThrownBy(() -> Organization.register("Contoso", BRAZIL, Market.DEVELOPED, twice))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("admins"))
        .hasMessageContaining("distinct emails");
  }

  @Test
  void atMostTwentyAdmins() {
    List<AdminContact> twenty =
        IntStream.range(0, Organization.MAX_ADMINS)
            .mapToObj(i -> admin("Admin " + i, "admin" + i + "@contoso.com"))
            .toList();
    List<AdminContact> twentyOne = new ArrayList<>(twenty);
    twentyOne.add(admin("One more", "more@contoso.com"));

    assertThat(Organization.register("Contoso", BRAZIL, Market.DEVELOPED, twenty).admins())
        .hasSize(20);
    assertThatThrownBy(() -> Organization.register("Contoso", BRAZIL, Market.DEVELOPED, twentyOne))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void theAdminListCannotBeChangedFromOutside() {
    List<AdminContact> admins = new ArrayList<>(List.of(admin("Ana", "ana@contoso.com")));
    Organization contoso = Organization.register("Contoso", BRAZIL, Market.DEVELOPED, admins);

    admins.add(admin("Bruno", "bruno@contoso.com"));

    assertThat(contoso.admins()).hasSize(1);
    assertThatThrownBy(() -> contoso.admins().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void everyPartIsRequired() {
    List<AdminContact> admins = List.of(admin("Ana", "ana@contoso.com"));

    assertThatThrownBy(() -> Organization.register(" ", BRAZIL, Market.DEVELOPED, admins))
        .hasFieldOrPropertyWithValue("field", "name");
    assertThatThrownBy(() -> Organization.register("Contoso", null, Market.DEVELOPED, admins))
        .hasFieldOrPropertyWithValue("field", "country");
    assertThatThrownBy(() -> Organization.register("Contoso", BRAZIL, null, admins))
        .hasFieldOrPropertyWithValue("field", "market");
    assertThatThrownBy(() -> Organization.register("Contoso", BRAZIL, Market.DEVELOPED, null))
        .hasFieldOrPropertyWithValue("field", "admins");
    assertThatThrownBy(
            () -> Organization.register("x".repeat(201), BRAZIL, Market.DEVELOPED, admins))
        .hasFieldOrPropertyWithValue("field", "name");
  }

  @Test
  void anAdminContactHasANameAndAnEmail() {
    assertThatThrownBy(() -> new AdminContact(" ", new EmailAddress("ana@contoso.com")))
        .hasFieldOrPropertyWithValue("field", "admin name");
    assertThatThrownBy(() -> new AdminContact("Ana", null))
        .hasFieldOrPropertyWithValue("field", "admin email");
  }

  private static AdminContact admin(String name, String email) {
    return new AdminContact(name, new EmailAddress(email));
  }
}
