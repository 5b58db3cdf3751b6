package org.attain.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attain.application.service.CloudPlatformCatalog.CLOUD_PLATFORM;
import static org.attain.application.service.Programme.AGENT;
import static org.attain.application.service.Programme.TODAY;
import static org.attain.application.service.Programme.adminOf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.attain.application.error.AccessDeniedException;
import org.attain.application.error.NotFoundException;
import org.attain.application.paging.Page;
import org.attain.application.paging.PageRequest;
import org.attain.application.port.in.ManageProfile;
import org.attain.application.port.out.MarketingProfiles;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.catalog.Level;
import org.attain.domain.evaluation.AttainedLevel;
import org.attain.domain.membership.MembershipLevel;
import org.attain.domain.metric.Metric;
import org.attain.domain.metric.MetricReport;
import org.attain.domain.organization.CountryCode;
import org.attain.domain.organization.Organization;
import org.attain.domain.person.Person;
import org.attain.domain.profile.Industry;
import org.attain.domain.profile.Location;
import org.attain.domain.profile.Website;
import org.attain.domain.shared.InvalidValueException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** R8 through the use case: profiles edited by their admins, read and searched by the public. */
class ManageProfileServiceTest {

  private final Programme programme = new Programme();
  private final Organization contoso = programme.organization("Contoso");

  @BeforeEach
  void catalogInForce() {
    programme.stores.catalogs.add(CloudPlatformCatalog.version(1, TODAY.minusYears(1)));
  }

  @Test
  void R8_anAdminWritesTheProfileAndThePublicReadsItWithTheOrganizationsNameAndCountry() {
    programme.profiles.edit(adminOf(contoso), contoso.id(), edit("Cloud experts"));

    ManageProfile.PublicProfile read =
        programme.profiles.publicProfile(contoso.id(), Optional.empty());

    assertThat(read.name()).isEqualTo("Contoso");
    assertThat(read.country()).isEqualTo(new CountryCode("BR"));
    assertThat(read.day()).isEqualTo(TODAY);
    assertThat(read.profile().description()).isEqualTo("Cloud experts");
    assertThat(read.profile().locations())
        .containsExactly(new Location(new CountryCode("BR"), "Recife"));
    assertThat(read.profile().industries()).containsExactly(new Industry("Retail"));
    assertThat(read.profile().websiteIfGiven()).contains(new Website("https://contoso.example"));
  }

  @Test
  void R8_aSecondEditReplacesTheFirst() {
    programme.profiles.edit(adminOf(contoso), contoso.id(), edit("First"));
    programme.profiles.edit(
        AGENT, contoso.id(), new ManageProfile.Edit("Second", null, null, null));

    ManageProfile.PublicProfile read =
        programme.profiles.publicProfile(contoso.id(), Optional.empty());

    assertThat(read.profile().description()).isEqualTo("Second");
    assertThat(read.profile().locations()).isEmpty();
    assertThat(read.profile().version()).isEqualTo(1L);
  }

  @Test
  void R8_onlyThisOrganizationsAdminsOrAnAgentMayEditIt() {
    Organization fabrikam = programme.organization("Fabrikam");

    assertThatThrownBy(
            () -> programme.profiles.edit(adminOf(fabrikam), contoso.id(), edit("Not mine")))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(programme.stores.profiles.findByOrganization(contoso.id())).isEmpty();
  }

  @Test
  void R8_aDescriptionLongerThan2500CharactersIsRefusedAndNothingIsStored() {
    assertThatThrownBy(
            () -> programme.profiles.edit(adminOf(contoso), contoso.id(), edit("x".repeat(2501))))
        .isInstanceOf(InvalidValueException.class);
    assertThat(programme.stores.profiles.findByOrganization(contoso.id())).isEmpty();
  }

  @Test
  void R8_anOrganizationWithoutAProfileIsNotFound() {
    assertThatThrownBy(() -> programme.profiles.publicProfile(contoso.id(), Optional.empty()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void R8_aNetworkMemberShowsNoCompetencyEvenWhenItAttainedOne() {
    qualifyForSilver();
    programme.profiles.edit(adminOf(contoso), contoso.id(), edit("Cloud experts"));

    assertThat(programme.profiles.publicProfile(contoso.id(), Optional.empty()).competencies())
        .isEmpty();
  }

  @Test
  void R8_underSilverTheAttainedCompetencyIsShownAtSilverWithItsCatalogName() {
    qualifyForSilver();
    programme.memberships.purchase(adminOf(contoso), contoso.id(), MembershipLevel.SILVER);
    programme.profiles.edit(adminOf(contoso), contoso.id(), edit("Cloud experts"));

    assertThat(programme.profiles.publicProfile(contoso.id(), Optional.empty()).competencies())
        .containsExactly(
            new ManageProfile.Shown(
                CLOUD_PLATFORM, CloudPlatformCatalog.cloudPlatform().name(), Level.SILVER));
  }

  @Test
  void R8_thePublicSearchFindsProfilesByTextAndCountry() {
    Organization fabrikam = programme.organization("Fabrikam");
    programme.profiles.edit(adminOf(contoso), contoso.id(), edit("Cloud experts"));
    programme.profiles.edit(adminOf(fabrikam), fabrikam.id(), edit("Data people"));

    Page<ManageProfile.PublicProfile> found =
        programme.profiles.search(
            new MarketingProfiles.Criteria(
                Optional.of("CLOUD"), Optional.of(new CountryCode("BR"))),
            new PageRequest(0, 10));

    assertThat(found.items())
        .extracting(ManageProfile.PublicProfile::name)
        .containsExactly("Contoso");
    assertThat(
            programme
                .profiles
                .search(
                    new MarketingProfiles.Criteria(
                        Optional.empty(), Optional.of(new CountryCode("US"))),
                    new PageRequest(0, 10))
                .total())
        .isZero();
  }

  @Test
  void R6_aCompetencyAttainedDuringTheTermStaysShownAfterItIsLostUntilTheTermEnds() {
    Person ana = qualifyForSilver();
    programme.memberships.purchase(adminOf(contoso), contoso.id(), MembershipLevel.SILVER);
    programme.profiles.edit(adminOf(contoso), contoso.id(), edit("Cloud experts"));
    LocalDate windowEnd =
        programme
            .stores
            .memberships
            .findByOrganization(contoso.id())
            .orElseThrow()
            .termOn(TODAY)
            .orElseThrow()
            .renewalWindowEndsOn();

    programme.associations.leave(Programme.self(ana), ana.id());

    assertThat(shownOn(TODAY)).containsExactly(CLOUD_PLATFORM);
    assertThat(shownOn(windowEnd)).containsExactly(CLOUD_PLATFORM);
    assertThat(shownOn(windowEnd.plusDays(1))).as("the term is over").isEmpty();
    assertThat(
            programme.stores.termRecords.find(
                contoso.id(),
                programme
                    .stores
                    .memberships
                    .findByOrganization(contoso.id())
                    .orElseThrow()
                    .termOn(TODAY)
                    .orElseThrow()))
        .extracting(r -> r.highestIn(CLOUD_PLATFORM))
        .isEqualTo(AttainedLevel.SILVER);
  }

  @Test
  void R8_thePublicSearchFindsProfilesByACompetencyTheyShowAndItsLevel() {
    Organization fabrikam = programme.organization("Fabrikam");
    qualifyForSilver();
    programme.profiles.edit(adminOf(contoso), contoso.id(), edit("Cloud experts"));
    programme.profiles.edit(adminOf(fabrikam), fabrikam.id(), edit("Cloud too"));
    assertThat(
            programme.profiles.search(byCompetency(Level.SILVER), new PageRequest(0, 10)).total())
        .as("a network member shows nothing, so nothing is kept for the search")
        .isZero();

    programme.memberships.purchase(adminOf(contoso), contoso.id(), MembershipLevel.SILVER);

    assertThat(
            programme.profiles.search(byCompetency(Level.SILVER), new PageRequest(0, 10)).items())
        .extracting(ManageProfile.PublicProfile::name)
        .containsExactly("Contoso");
    assertThat(programme.profiles.search(byCompetency(Level.GOLD), new PageRequest(0, 10)).total())
        .as("shown at Silver only")
        .isZero();
  }

  private static MarketingProfiles.Criteria byCompetency(Level level) {
    return new MarketingProfiles.Criteria(
        Optional.empty(), Optional.empty(), Optional.of(CLOUD_PLATFORM), Optional.of(level));
  }

  private List<CompetencyId> shownOn(LocalDate day) {
    return programme.profiles.publicProfile(contoso.id(), Optional.of(day)).competencies().stream()
        .map(ManageProfile.Shown::competency)
        .toList();
  }

  private static ManageProfile.Edit edit(String description) {
    return new ManageProfile.Edit(
        description,
        List.of(new Location(new CountryCode("BR"), "Recife")),
        List.of(new Industry("Retail")),
        new Website("https://contoso.example"));
  }

  private Person qualifyForSilver() {
    Person ana = programme.associated(programme.person("Ana Souza"), contoso);
    programme.exam(ana, "70-533", TODAY.minusMonths(2));
    programme.metrics.record(
        AGENT,
        contoso.id(),
        new MetricReport(
            Metric.AZURE_CONSUMPTION_USD_TTM,
            new BigDecimal("10000.00"),
            TODAY.minusYears(1),
            TODAY.minusDays(1)));
    return ana;
  }
}
