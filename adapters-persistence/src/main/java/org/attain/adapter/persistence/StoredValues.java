package org.attain.adapter.persistence;

import java.util.UUID;
import org.attain.domain.achievement.AchievementCode;
import org.attain.domain.achievement.AchievementId;
import org.attain.domain.organization.CountryCode;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.person.PersonId;
import org.attain.domain.shared.EmailAddress;

/**
 * How the domain's value types are stored: identifiers as UUIDs, the others as their text. The
 * mappers use these static conversions; reading a value back runs the domain's guards again.
 */
public final class StoredValues {

  private StoredValues() {}

  public static UUID uuid(OrganizationId id) {
    return id == null ? null : id.value();
  }

  public static UUID uuid(PersonId id) {
    return id == null ? null : id.value();
  }

  public static UUID uuid(AchievementId id) {
    return id == null ? null : id.value();
  }

  public static OrganizationId organizationId(UUID value) {
    return value == null ? null : new OrganizationId(value);
  }

  public static PersonId personId(UUID value) {
    return value == null ? null : new PersonId(value);
  }

  public static AchievementId achievementId(UUID value) {
    return value == null ? null : new AchievementId(value);
  }

  public static String text(EmailAddress email) {
    return email == null ? null : email.value();
  }

  public static EmailAddress email(String value) {
    return value == null ? null : new EmailAddress(value);
  }

  public static String text(CountryCode country) {
    return country == null ? null : country.value();
  }

  public static CountryCode country(String value) {
    return value == null ? null : new CountryCode(value);
  }

  public static String text(AchievementCode code) {
    return code == null ? null : code.value();
  }

  public static AchievementCode achievementCode(String value) {
    return value == null ? null : new AchievementCode(value);
  }
}
