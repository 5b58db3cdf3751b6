package org.attain.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attain.application.service.CloudPlatformCatalog.CLOUD_PLATFORM;
import static org.attain.application.service.Programme.AGENT;
import static org.attain.application.service.Programme.TODAY;
import static org.attain.application.service.Programme.adminOf;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.attain.application.error.AccessDeniedException;
import org.attain.application.error.NotFoundException;
import org.attain.application.port.in.ReadCompetencies.CompetencyStatus;
import org.attain.application.port.in.ReadCompetencies.Status;
import org.attain.domain.catalog.Catalog;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.evaluation.AttainedLevel;
import org.attain.domain.evaluation.PersonsProgress;
import org.attain.domain.metric.Metric;
import org.attain.domain.metric.MetricReport;
import org.attain.domain.organization.Organization;
import org.attain.domain.person.Person;
import org.attain.domain.shared.RuleViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Evaluating an organization's competencies through the use case, on stored facts. */
class ReadCompetenciesServiceTest {

  private final Programme programme = new Programme();
  private final Organization contoso = programme.organization("Contoso");

  @BeforeEach
  void catalogInForce() {
    programme.stores.catalogs.add(CloudPlatformCatalog.version(1, TODAY.minusYears(1)));
  }

  @Test
  void anOrganizationAttainsSilverOnceItsPersonAndItsMetricQualify() {
    Person ana = programme.associated(programme.person("Ana Souza"), contoso);
    programme.exam(ana, "70-533", TODAY.minusMonths(2));
    assertThat(level()).isEqualTo(AttainedLevel.NONE);

    reportConsumption("10000.00");

    assertThat(level()).as("Contoso is in a developing market").isEqualTo(AttainedLevel.SILVER);
  }

  @Test
  void theDetailNamesTheContributingPersons() {
    Person ana = programme.associated(programme.person("Ana Souza"), contoso);
    programme.exam(ana, "70-533", TODAY.minusMonths(2));
    reportConsumption("12000.00");

    CompetencyStatus status =
        programme.competencies.competency(
            adminOf(contoso), contoso.id(), CLOUD_PLATFORM, Optional.empty());

    assertThat(status.competency().name()).isEqualTo("Cloud Platform");
    assertThat(status.personNames()).containsEntry(ana.id(), "Ana Souza");
    PersonsProgress persons =
        (PersonsProgress)
            status.attainment().levels().getFirst().options().getFirst().steps().get(1);
    assertThat(persons.contributors()).containsExactly(ana.id());
  }

  @Test
  void aPastDateIsEvaluatedWithThePersonsOfThatDate() {
    Person ana = programme.associated(programme.person("Ana Souza"), contoso);
    programme.exam(ana, "70-533", TODAY.minusMonths(2));
    reportConsumption("12000.00");
    programme.stores.clock.advanceDays(10);
    programme.associations.leave(Programme.self(ana), ana.id());

    assertThat(level()).isEqualTo(AttainedLevel.NONE);
    assertThat(
            programme
                .competencies
                .status(AGENT, contoso.id(), Optional.of(TODAY.plusDays(5)))
                .evaluation()
                .levelIn(CLOUD_PLATFORM))
        .isEqualTo(AttainedLevel.SILVER);
  }

  @Test
  void onlyAgentsAndTheOrganizationsAdminsReadItsCompetencies() {
    Organization other = programme.organization("Fabrikam");

    assertThatThrownBy(
            () -> programme.competencies.status(adminOf(other), contoso.id(), Optional.empty()))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(programme.competencies.status(adminOf(contoso), contoso.id(), Optional.empty()))
        .isNotNull();
  }

  @Test
  void anUnknownCompetencyIsNotFound() {
    assertThatThrownBy(
            () ->
                programme.competencies.competency(
                    AGENT, contoso.id(), new CompetencyId("underwater-basketry"), Optional.empty()))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("underwater-basketry");
  }

  @Test
  void aDayBeforeAnyCatalogIsRefused() {
    assertThatThrownBy(
            () ->
                programme.competencies.status(
                    AGENT, contoso.id(), Optional.of(TODAY.minusYears(5))))
        .isInstanceOf(RuleViolationException.class)
        .extracting("code")
        .isEqualTo("no-catalog-in-force");
  }

  @Test
  void todaysCompetenciesAreKeptUntilTheOrganizationChanges() {
    Person ana = programme.associated(programme.person("Ana Souza"), contoso);
    programme.exam(ana, "70-533", TODAY.minusMonths(2));
    Organization fabrikam = programme.organization("Fabrikam");
    Status before = status(contoso);
    Status fabrikamBefore = status(fabrikam);

    assertThat(status(contoso)).as("nothing changed: the kept one").isSameAs(before);

    reportConsumption("10000.00");

    Status after = status(contoso);
    assertThat(after).isNotSameAs(before);
    assertThat(after.evaluation().levelIn(CLOUD_PLATFORM)).isEqualTo(AttainedLevel.SILVER);
    assertThat(status(contoso)).isSameAs(after);
    assertThat(status(fabrikam)).as("another organization's change").isSameAs(fabrikamBefore);
  }

  @Test
  void aPublishedCatalogVersionIsEvaluatedAtOnce() {
    Person ana = programme.associated(programme.person("Ana Souza"), contoso);
    programme.exam(ana, "70-533", TODAY.minusMonths(2));
    reportConsumption("10000.00");
    assertThat(level()).isEqualTo(AttainedLevel.SILVER);

    // Stored as another instance's publication is seen here: with no change to the organization.
    programme.stores.catalogs.add(
        new Catalog(
            2, TODAY, List.of(), List.of(CloudPlatformCatalog.cloudPlatformWithSilverFor(2))));

    Status status = status(contoso);
    assertThat(status.evaluation().catalogVersion()).isEqualTo(2);
    assertThat(status.evaluation().levelIn(CLOUD_PLATFORM)).isEqualTo(AttainedLevel.NONE);
  }

  @Test
  void theNextDayAndOtherDaysAreEvaluatedAfresh() {
    Status today = status(contoso);
    Status asOfYesterday =
        programme.competencies.status(AGENT, contoso.id(), Optional.of(TODAY.minusDays(1)));

    assertThat(programme.competencies.status(AGENT, contoso.id(), Optional.of(TODAY.minusDays(1))))
        .isNotSameAs(asOfYesterday);
    assertThat(programme.competencies.status(AGENT, contoso.id(), Optional.of(TODAY)))
        .as("today named explicitly: the kept one")
        .isSameAs(today);

    programme.stores.clock.advanceDays(1);

    Status tomorrow = status(contoso);
    assertThat(tomorrow).isNotSameAs(today);
    assertThat(tomorrow.evaluation().date()).isEqualTo(TODAY.plusDays(1));
  }

  private Status status(Organization organization) {
    return programme.competencies.status(AGENT, organization.id(), Optional.empty());
  }

  private AttainedLevel level() {
    return programme
        .competencies
        .status(AGENT, contoso.id(), Optional.empty())
        .evaluation()
        .levelIn(CLOUD_PLATFORM);
  }

  private void reportConsumption(String usd) {
    programme.metrics.record(
        AGENT,
        contoso.id(),
        new MetricReport(
            Metric.AZURE_CONSUMPTION_USD_TTM,
            new BigDecimal(usd),
            TODAY.minusYears(1),
            TODAY.minusDays(1)));
  }
}
