package org.attain.adapter.persistence.profile;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A stored place of a profile: a country code and a city. */
@Embeddable
public class LocationEmbeddable {

  @Column(nullable = false, length = 2)
  private String country;

  @Column(nullable = false, length = 100)
  private String city;

  protected LocationEmbeddable() {}

  LocationEmbeddable(String country, String city) {
    this.country = country;
    this.city = city;
  }

  public String getCountry() {
    return country;
  }

  public String getCity() {
    return city;
  }
}
