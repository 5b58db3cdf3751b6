package org.attain.domain.organization;

import java.util.Locale;
import java.util.Set;
import org.attain.domain.shared.Guard;

/** An ISO 3166-1 alpha-2 country code, upper-case. */
public record CountryCode(String value) {

  private static final Set<String> ISO_COUNTRIES =
      Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

  public CountryCode {
    value = Guard.text(value, "country", 2).toUpperCase(Locale.ROOT);
    Guard.check(
        ISO_COUNTRIES.contains(value), "country", "country must be an ISO 3166-1 alpha-2 code");
  }

  @Override
  public String toString() {
    return value;
  }
}
