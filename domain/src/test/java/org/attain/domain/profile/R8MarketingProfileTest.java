package org.attain.domain.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.attain.domain.organization.CountryCode;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** R8: a profile's values are bounded so that public pages and search stay small. */
class R8MarketingProfileTest {

  private static final OrganizationId CONTOSO = OrganizationId.newId();
  private static final Location LISBON = new Location(new CountryCode("pt"), "Lisboa");

  @Test
  void R8_aProfileHoldsADescriptionLocationsIndustriesAndAWebsite() {
    MarketingProfile profile =
        new MarketingProfile(
            CONTOSO,
            "  Cloud migrations.\r\nSince 2009.\n",
            List.of(LISBON, new Location(new CountryCode("BR"), "São Paulo")),
            List.of(new Industry("Retail"), new Industry("Health care")),
            new Website("https://contoso.example/partners?ref=attain"),
            null);

    assertThat(profile.description()).isEqualTo("Cloud migrations.\nSince 2009.");
    assertThat(profile.locations().getFirst().country().value()).isEqualTo("PT");
    assertThat(profile.websiteIfGiven()).isPresent();
  }

  @Test
  void R8_theDescriptionIsAtMost2500Characters() {
    assertThat(profile("a".repeat(2500), List.of(), List.of()).description()).hasSize(2500);
    assertRefused(() -> profile("a".repeat(2501), List.of(), List.of()), "description");
    assertRefused(() -> profile("  \n ", List.of(), List.of()), "description");
    assertRefused(() -> profile("bell\u0007", List.of(), List.of()), "description");
  }

  @Test
  void R8_atMostFiveDistinctLocations() {
    List<Location> five =
        IntStream.rangeClosed(1, 5)
            .mapToObj(n -> new Location(new CountryCode("PT"), "City " + n))
            .toList();

    assertThat(profile("d", five, List.of()).locations()).hasSize(5);
    assertRefused(
        () ->
            profile(
                "d",
                IntStream.rangeClosed(1, 6)
                    .mapToObj(n -> new Location(new CountryCode("PT"), "City " + n))
                    .toList(),
                List.of()),
        "locations");
    assertRefused(
        () ->
            profile("d", List.of(LISBON, new Location(new CountryCode("PT"), "LISBOA")), List.of()),
        "locations[1].city");
    assertRefused(() -> new Location(new CountryCode("PT"), " "), "city");
  }

  @Test
  void R8_industriesAreAFewShortDistinctLabels() {
    assertRefused(() -> new Industry("x".repeat(51)), "label");
    assertRefused(
        () -> profile("d", List.of(), List.of(new Industry("Retail"), new Industry("retail"))),
        "industries[1].label");
    assertRefused(
        () ->
            profile(
                "d",
                List.of(),
                IntStream.rangeClosed(1, 11).mapToObj(n -> new Industry("Industry " + n)).toList()),
        "industries");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://contoso.example",
        "ftp://contoso.example",
        "contoso.example",
        "https://",
        "https://user:secret@contoso.example",
        "https://contoso example",
        "javascript:alert(1)"
      })
  void R8_theWebsiteIsAnHttpsUrlWithAHostAndNoCredentials(String url) {
    assertRefused(() -> new Website(url), "website");
  }

  @Test
  void R8_anHttpsWebsiteIsAccepted() {
    assertThat(new Website(" HTTPS://Contoso.example/ ").value())
        .isEqualTo("HTTPS://Contoso.example/");
  }

  private static MarketingProfile profile(
      String description, List<Location> locations, List<Industry> industries) {
    return new MarketingProfile(CONTOSO, description, locations, industries, null, null);
  }

  private static void assertRefused(Runnable build, String field) {
    assertThatThrownBy(build::run)
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo(field));
  }
}
