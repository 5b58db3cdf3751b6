package org.attain.adapter.rest.mapping;

import java.util.UUID;
import org.attain.domain.achievement.AchievementCode;
import org.attain.domain.achievement.AchievementId;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.organization.CountryCode;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.person.PersonId;
import org.attain.domain.shared.EmailAddress;

/**
 * How the API's plain JSON values and the domain's value types map to each other, for the MapStruct
 * mappers that extend it. Building a value runs its guard, whose refusal names the field ({@code
 * email}, {@code country}, {@code code}) and is answered with 400.
 */
public interface ValueMappings {

  default UUID uuid(OrganizationId id) {
    return id == null ? null : id.value();
  }

  default UUID uuid(PersonId id) {
    return id == null ? null : id.value();
  }

  default UUID uuid(AchievementId id) {
    return id == null ? null : id.value();
  }

  default String text(EmailAddress email) {
    return email == null ? null : email.value();
  }

  default String text(CountryCode country) {
    return country == null ? null : country.value();
  }

  default String text(AchievementCode code) {
    return code == null ? null : code.value();
  }

  default String text(CompetencyId id) {
    return id == null ? null : id.value();
  }

  default OrganizationId organizationId(UUID id) {
    return id == null ? null : new OrganizationId(id);
  }

  default PersonId personId(UUID id) {
    return id == null ? null : new PersonId(id);
  }

  default EmailAddress email(String email) {
    return email == null ? null : new EmailAddress(email);
  }

  default CountryCode country(String country) {
    return country == null ? null : new CountryCode(country);
  }

  default AchievementCode code(String code) {
    return code == null ? null : new AchievementCode(code);
  }
}
