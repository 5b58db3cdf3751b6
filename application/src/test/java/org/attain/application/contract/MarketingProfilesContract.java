package org.attain.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attain.application.contract.ContractSamples.longText;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.attain.application.error.ConflictException;
import org.attain.application.paging.Page;
import org.attain.application.paging.PageRequest;
import org.attain.application.port.out.MarketingProfiles;
import org.attain.application.port.out.Organizations;
import org.attain.domain.organization.AdminContact;
import org.attain.domain.organization.CountryCode;
import org.attain.domain.organization.Market;
import org.attain.domain.organization.Organization;
import org.attain.domain.profile.Industry;
import org.attain.domain.profile.Location;
import org.attain.domain.profile.MarketingProfile;
import org.attain.domain.profile.Website;
import org.attain.domain.shared.EmailAddress;
import org.junit.jupiter.api.Test;

/**
 * What every implementation of {@link MarketingProfiles} must do. The store may be shared with
 * other tests and never emptied: each search looks for a word only its own test wrote.
 */
public abstract class MarketingProfilesContract {

  /** The store under test. */
  protected abstract MarketingProfiles profiles();

  /** Where the organizations that profiles belong to are stored. */
  protected abstract Organizations organizations();

  /** Runs {@code work} as one transaction of the store; stores without transactions just run it. */
  protected <T> T inTransaction(Supplier<T> work) {
    return work.get();
  }

  private static String word() {
    return "w" + UUID.randomUUID().toString().replace("-", "");
  }

  private Organization stored(String name, String country) {
    Organization organization =
        Organization.register(
            name,
            new CountryCode(country),
            Market.DEVELOPED,
            List.of(new AdminContact("Ana Admin", new EmailAddress(word() + "@example.com"))));
    return inTransaction(() -> organizations().save(organization));
  }

  private static MarketingProfile profile(Organization organization, String description) {
    return new MarketingProfile(
        organization.id(),
        description,
        List.of(
            new Location(new CountryCode("BR"), "São Paulo"),
            new Location(new CountryCode("PT"), "Lisboa")),
        List.of(new Industry("Retail"), new Industry("Health care")),
        new Website("https://example.com/partner"),
        null);
  }

  private MarketingProfile save(MarketingProfile profile, Organization organization) {
    return inTransaction(() -> profiles().save(profile, organization));
  }

  private Page<MarketingProfile> search(String text, String country, PageRequest request) {
    return inTransaction(
        () ->
            profiles()
                .search(
                    new MarketingProfiles.Criteria(
                        Optional.ofNullable(text),
                        Optional.ofNullable(country).map(CountryCode::new)),
                    request));
  }

  @Test
  public void anOrganizationThatNeverWroteAProfileHasNothingStored() {
    Organization organization = stored("Quiet " + word(), "BR");

    assertThat(inTransaction(() -> profiles().findByOrganization(organization.id()))).isEmpty();
  }

  @Test
  public void aProfileIsReadBackAsSavedWithAccentsAndTheLongestDescription() {
    Organization organization = stored("Contoso " + word(), "BR");
    MarketingProfile profile =
        profile(organization, longText("Nós", MarketingProfile.MAX_DESCRIPTION_LENGTH));

    MarketingProfile saved = save(profile, organization);

    assertThat(saved.version()).isZero();
    MarketingProfile found =
        inTransaction(() -> profiles().findByOrganization(organization.id())).orElseThrow();
    assertThat(found).usingRecursiveComparison().ignoringFields("version").isEqualTo(profile);
    assertThat(found.version()).isZero();
  }

  @Test
  public void aProfileWithoutLocationsIndustriesOrWebsiteIsKeptSo() {
    Organization organization = stored("Bare " + word(), "BR");

    save(
        new MarketingProfile(organization.id(), "Just us", List.of(), List.of(), null, null),
        organization);

    MarketingProfile found =
        inTransaction(() -> profiles().findByOrganization(organization.id())).orElseThrow();
    assertThat(found.locations()).isEmpty();
    assertThat(found.industries()).isEmpty();
    assertThat(found.websiteIfGiven()).isEmpty();
  }

  @Test
  public void aChangeReplacesTheProfileAndAStaleOrDuplicateOneIsAConflict() {
    Organization organization = stored("Fabrikam " + word(), "BR");
    MarketingProfile first = save(profile(organization, "First"), organization);

    MarketingProfile changed =
        save(
            new MarketingProfile(
                organization.id(),
                "Second",
                List.of(new Location(new CountryCode("DE"), "Berlin")),
                List.of(),
                null,
                first.version()),
            organization);

    assertThat(changed.version()).isEqualTo(1L);
    MarketingProfile found =
        inTransaction(() -> profiles().findByOrganization(organization.id())).orElseThrow();
    assertThat(found.description()).isEqualTo("Second");
    assertThat(found.locations()).containsExactly(new Location(new CountryCode("DE"), "Berlin"));
    assertThat(found.industries()).isEmpty();
    assertThat(found.websiteIfGiven()).isEmpty();
    assertThatThrownBy(() -> save(profile(organization, "Stale"), organization))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(
            () ->
                save(
                    new MarketingProfile(
                        organization.id(), "Stale", List.of(), List.of(), null, first.version()),
                    organization))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  public void theSearchFindsAWordInTheNameDescriptionIndustryOrCityWhateverItsCase() {
    String word = word();
    Organization byName = stored("Alpha " + word.toUpperCase(), "BR");
    Organization byDescription = stored("Beta " + word(), "BR");
    Organization byIndustry = stored("Gamma " + word(), "BR");
    Organization byCity = stored("Delta " + word(), "BR");
    Organization none = stored("Epsilon " + word(), "BR");
    save(profile(byName, "Nothing here"), byName);
    save(profile(byDescription, "We do " + word + " well"), byDescription);
    save(
        new MarketingProfile(
            byIndustry.id(), "x", List.of(), List.of(new Industry(word)), null, null),
        byIndustry);
    save(
        new MarketingProfile(
            byCity.id(),
            "x",
            List.of(new Location(new CountryCode("BR"), "City " + word)),
            List.of(),
            null,
            null),
        byCity);
    save(profile(none, "Nothing here"), none);

    Page<MarketingProfile> found =
        search(" " + word.toUpperCase() + " ", null, new PageRequest(0, 10));

    assertThat(found.total()).isEqualTo(4);
    assertThat(found.items())
        .extracting(MarketingProfile::organization)
        .containsExactly(byName.id(), byDescription.id(), byCity.id(), byIndustry.id());
  }

  @Test
  public void theSearchFiltersByTheOrganizationsCountryAndPagesInNameOrder() {
    String word = word();
    Organization b = stored("B " + word, "IS");
    Organization a = stored("a " + word, "IS");
    Organization c = stored("C " + word, "IS");
    Organization elsewhere = stored("A0 " + word, "NO");
    for (Organization organization : List.of(b, a, c, elsewhere)) {
      save(profile(organization, "Partner"), organization);
    }

    Page<MarketingProfile> first = search(word, "IS", new PageRequest(0, 2));
    Page<MarketingProfile> second = search(word, "IS", new PageRequest(1, 2));

    assertThat(first.total()).isEqualTo(3);
    assertThat(first.items())
        .extracting(MarketingProfile::organization)
        .containsExactly(a.id(), b.id());
    assertThat(second.items()).extracting(MarketingProfile::organization).containsExactly(c.id());
    assertThat(search(word, null, new PageRequest(0, 10)).total()).isEqualTo(4);
  }

  @Test
  public void aWildcardInTheTextIsSearchedLiterally() {
    String word = word();
    Organization organization = stored("Percent " + word, "BR");
    save(profile(organization, "100% " + word), organization);

    assertThat(search("%" + word, null, new PageRequest(0, 10)).total()).isZero();
    assertThat(search("_" + word, null, new PageRequest(0, 10)).total()).isZero();
    assertThat(search("0% " + word, null, new PageRequest(0, 10)).total()).isEqualTo(1);
  }
}
