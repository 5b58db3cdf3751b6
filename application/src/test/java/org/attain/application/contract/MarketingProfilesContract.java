package org.attain.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attain.application.contract.ContractSamples.longText;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.attain.application.error.ConflictException;
import org.attain.application.paging.Page;
import org.attain.application.paging.PageRequest;
import org.attain.application.port.out.MarketingProfiles;
import org.attain.application.port.out.Organizations;
import org.attain.application.port.out.TermRecords;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.catalog.Level;
import org.attain.domain.evaluation.AttainedLevel;
import org.attain.domain.membership.MembershipTerm;
import org.attain.domain.membership.TermAttainments;
import org.attain.domain.organization.AdminContact;
import org.attain.domain.organization.CountryCode;
import org.attain.domain.organization.Market;
import org.attain.domain.organization.Organization;
import org.attain.domain.profile.Industry;
import org.attain.domain.profile.Location;
import org.attain.domain.profile.MarketingProfile;
import org.attain.domain.profile.ShownCompetency;
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

  /** Where the competencies that profiles show are kept, as the search reads them. */
  protected abstract TermRecords termRecords();

  private static final LocalDate DAY = ContractSamples.DAY;

  /** A term whose renewal window ends on {@code DAY}'s tenth day after. */
  private static final MembershipTerm TERM =
      new MembershipTerm(
          DAY.minusYears(1), DAY.minusDays(20), DAY.minusMonths(2), DAY.plusDays(10));

  private static final CompetencyId CLOUD = new CompetencyId("cloud-platform");
  private static final CompetencyId DATA = new CompetencyId("data-platform");

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
    return search(
        new MarketingProfiles.Criteria(
            Optional.ofNullable(text), Optional.ofNullable(country).map(CountryCode::new)),
        DAY,
        request);
  }

  private Page<MarketingProfile> search(
      MarketingProfiles.Criteria criteria, LocalDate day, PageRequest request) {
    return inTransaction(() -> profiles().search(criteria, day, request))
        .map(MarketingProfiles.Listed::profile);
  }

  private static MarketingProfiles.Criteria shown(
      String text, CompetencyId competency, Level level) {
    return new MarketingProfiles.Criteria(
        Optional.of(text),
        Optional.empty(),
        Optional.ofNullable(competency),
        Optional.ofNullable(level));
  }

  /** The organization's profile shows {@code shown} until {@code TERM}'s renewal window ends. */
  private void showing(Organization organization, ShownCompetency... shown) {
    Map<CompetencyId, AttainedLevel> highest = new java.util.HashMap<>();
    for (ShownCompetency competency : shown) {
      highest.put(
          competency.competency(),
          competency.level() == Level.GOLD ? AttainedLevel.GOLD : AttainedLevel.SILVER);
    }
    inTransaction(
        () -> {
          termRecords()
              .save(new TermAttainments(organization.id(), TERM, highest), Arrays.asList(shown));
          return null;
        });
  }

  private static List<org.attain.domain.organization.OrganizationId> ids(
      Page<MarketingProfile> page) {
    return page.items().stream().map(MarketingProfile::organization).toList();
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
        .containsExactly(byName.id(), byIndustry.id(), byDescription.id(), byCity.id());
  }

  @Test
  public void theSearchFiltersByACompetencyShownAndItsLevelOnTheDay() {
    String word = word();
    Organization silver = stored("Silver " + word, "BR");
    Organization gold = stored("Gold " + word, "BR");
    Organization other = stored("Other " + word, "BR");
    Organization none = stored("None " + word, "BR");
    for (Organization organization : List.of(silver, gold, other, none)) {
      save(profile(organization, "Partner"), organization);
    }
    showing(silver, new ShownCompetency(CLOUD, Level.SILVER));
    showing(gold, new ShownCompetency(CLOUD, Level.GOLD), new ShownCompetency(DATA, Level.SILVER));
    showing(other, new ShownCompetency(DATA, Level.GOLD));
    PageRequest page = new PageRequest(0, 10);

    assertThat(ids(search(shown(word, CLOUD, null), DAY, page)))
        .containsExactly(gold.id(), silver.id());
    assertThat(ids(search(shown(word, CLOUD, Level.SILVER), DAY, page)))
        .containsExactly(gold.id(), silver.id());
    assertThat(ids(search(shown(word, CLOUD, Level.GOLD), DAY, page))).containsExactly(gold.id());
    assertThat(ids(search(shown(word, null, Level.GOLD), DAY, page)))
        .containsExactly(gold.id(), other.id());
    assertThat(ids(search(shown(word, null, Level.SILVER), DAY, page)))
        .containsExactly(gold.id(), other.id(), silver.id());
    assertThat(search(shown(word, CLOUD, null), TERM.renewalWindowEndsOn(), page).total())
        .isEqualTo(2);
    assertThat(
            search(shown(word, CLOUD, null), TERM.renewalWindowEndsOn().plusDays(1), page).total())
        .isZero();
  }

  @Test
  public void aNewRecordReplacesWhatTheProfileShowed() {
    String word = word();
    Organization organization = stored("Replaced " + word, "BR");
    save(profile(organization, "Partner"), organization);
    showing(organization, new ShownCompetency(CLOUD, Level.GOLD));

    showing(organization, new ShownCompetency(DATA, Level.SILVER));

    PageRequest page = new PageRequest(0, 10);
    assertThat(search(shown(word, CLOUD, null), DAY, page).total()).isZero();
    assertThat(ids(search(shown(word, DATA, null), DAY, page))).containsExactly(organization.id());
  }

  @Test
  public void theMostRelevantComeFirstTextHitThenGoldCompetenciesThenName() {
    String word = word();
    Organization nameHit = stored("Zulu " + word, "BR");
    Organization industryHit = stored("Yankee " + word(), "BR");
    Organization oneGold = stored("Bravo " + word(), "BR");
    Organization twoGold = stored("Xray " + word(), "BR");
    Organization noGold = stored("Alpha " + word(), "BR");
    save(profile(nameHit, "Partner"), nameHit);
    save(
        new MarketingProfile(
            industryHit.id(), "x", List.of(), List.of(new Industry("Big " + word)), null, null),
        industryHit);
    for (Organization organization : List.of(oneGold, twoGold, noGold)) {
      save(profile(organization, "We do " + word), organization);
    }
    showing(
        oneGold, new ShownCompetency(CLOUD, Level.GOLD), new ShownCompetency(DATA, Level.SILVER));
    showing(twoGold, new ShownCompetency(CLOUD, Level.GOLD), new ShownCompetency(DATA, Level.GOLD));
    showing(noGold, new ShownCompetency(CLOUD, Level.SILVER));
    showing(industryHit, new ShownCompetency(CLOUD, Level.GOLD));

    assertThat(ids(search(word, null, new PageRequest(0, 10))))
        .containsExactly(nameHit.id(), industryHit.id(), twoGold.id(), oneGold.id(), noGold.id());
    assertThat(ids(search(word, null, new PageRequest(1, 2))))
        .containsExactly(twoGold.id(), oneGold.id());
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
