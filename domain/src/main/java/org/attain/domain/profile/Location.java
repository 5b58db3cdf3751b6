package org.attain.domain.profile;

import org.attain.domain.organization.CountryCode;
import org.attain.domain.shared.Guard;

/** A place the organization works from, as customers search by it: a country and a city. */
public record Location(CountryCode country, String city) {

  public static final int MAX_CITY_LENGTH = 100;

  public Location {
    Guard.present(country, "country");
    city = Guard.text(city, "city", MAX_CITY_LENGTH);
  }
}
