package org.attain.domain.organization;

import java.util.HashSet;
import java.util.List;
import org.attain.domain.shared.Guard;

/**
 * A partner company of the programme. Its admin contacts are who the programme notifies.
 *
 * @param version the optimistic-locking version of the stored state, {@code null} until stored
 */
public record Organization(
    OrganizationId id,
    String name,
    CountryCode country,
    Market market,
    List<AdminContact> admins,
    Long version) {

  public static final int MAX_NAME_LENGTH = 200;
  public static final int MAX_ADMINS = 20;

  public Organization {
    Guard.present(id, "organizationId");
    name = Guard.text(name, "name", MAX_NAME_LENGTH);
    Guard.present(country, "country");
    Guard.present(market, "market");
    admins = List.copyOf(Guard.present(admins, "admins"));
    Guard.check(!admins.isEmpty(), "admins", "an organization needs at least one admin contact");
    Guard.check(admins.size() <= MAX_ADMINS, "admins", "at most " + MAX_ADMINS + " admin contacts");
    Guard.check(
        admins.stream().map(AdminContact::email).allMatch(new HashSet<>()::add),
        "admins",
        "admin contacts must have distinct emails");
  }

  /** A new organization, not yet stored. */
  public static Organization register(
      String name, CountryCode country, Market market, List<AdminContact> admins) {
    return new Organization(OrganizationId.newId(), name, country, market, admins, null);
  }
}
