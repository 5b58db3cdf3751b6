package org.attain.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attain.application.contract.ContractSamples.DAY;
import static org.attain.application.contract.ContractSamples.UNLIMITED;
import static org.attain.application.contract.ContractSamples.aPerson;
import static org.attain.application.contract.ContractSamples.anOrganization;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.attain.application.port.out.Achievements;
import org.attain.application.port.out.Catalogs;
import org.attain.application.port.out.Evidence;
import org.attain.application.port.out.MetricReports;
import org.attain.application.port.out.Organizations;
import org.attain.application.port.out.Overrides;
import org.attain.application.port.out.Persons;
import org.attain.domain.achievement.Achievement;
import org.attain.domain.achievement.AchievementCode;
import org.attain.domain.achievement.AchievementKind;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.catalog.Level;
import org.attain.domain.evaluation.AssociatedPerson;
import org.attain.domain.evaluation.OrganizationFacts;
import org.attain.domain.metric.Metric;
import org.attain.domain.metric.MetricReport;
import org.attain.domain.organization.Organization;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.override.AgentOverride;
import org.attain.domain.override.OverrideGrant;
import org.attain.domain.override.OverridePolicy;
import org.attain.domain.person.Person;
import org.junit.jupiter.api.Test;

/**
 * What every implementation of {@link Evidence} must do: give each organization exactly the facts
 * its stores hold for the day. The stores may be shared with other tests and never emptied: each
 * test looks only at organizations it created.
 */
public abstract class EvidenceContract {

  private static final LocalDate EVALUATED_ON = DAY.plusDays(60);

  protected abstract Evidence evidence();

  protected abstract Organizations organizations();

  protected abstract Persons persons();

  protected abstract Achievements achievements();

  protected abstract MetricReports metrics();

  protected abstract Overrides overrides();

  protected abstract Catalogs catalogs();

  /**
   * Runs {@code work} as one transaction of the stores; stores without transactions just run it.
   */
  protected <T> T inTransaction(Supplier<T> work) {
    return work.get();
  }

  private Organization storedOrganization() {
    return inTransaction(() -> organizations().save(anOrganization()));
  }

  private Person associated(Organization organization, LocalDate from) {
    Person person = aPerson();
    person.associateWith(organization.id(), from, person.id(), UNLIMITED);
    return inTransaction(() -> persons().save(person));
  }

  private Achievement exam(Person holder, String code, LocalDate earnedOn) {
    return inTransaction(
        () ->
            achievements()
                .add(
                    Achievement.earned(
                        holder.id(),
                        AchievementKind.EXAM,
                        new AchievementCode(code),
                        earnedOn,
                        earnedOn.plusYears(2),
                        null)));
  }

  private MetricReport report(Organization organization, String value, LocalDate periodEnd) {
    return inTransaction(
        () ->
            metrics()
                .add(
                    organization.id(),
                    new MetricReport(
                        Metric.AZURE_CONSUMPTION_USD_TTM,
                        new BigDecimal(value),
                        periodEnd.minusMonths(12).plusDays(1),
                        periodEnd)));
  }

  private OrganizationFacts factsOf(Organization organization) {
    return inTransaction(() -> evidence().on(List.of(organization.id()), EVALUATED_ON))
        .organizations()
        .get(organization.id())
        .facts();
  }

  @Test
  public void anOrganizationsFactsAreItsPersonsOnTheDayWithTheirAchievementsMetricsAndOverrides() {
    Organization contoso = storedOrganization();
    Person ana = associated(contoso, DAY);
    Person bruno = associated(contoso, DAY);
    Person later = associated(contoso, EVALUATED_ON.plusDays(1));
    Person elsewhere = associated(storedOrganization(), DAY);
    Achievement first = exam(ana, "70-532", DAY);
    Achievement second = exam(ana, "70-533", DAY.plusDays(1));
    exam(elsewhere, "70-533", DAY);
    exam(later, "70-533", DAY);
    MetricReport recent = report(contoso, "15000.00", EVALUATED_ON.minusDays(1));
    AgentOverride override =
        inTransaction(
            () ->
                overrides()
                    .save(
                        AgentOverride.grant(
                            contoso.id(),
                            new CompetencyId("cloud-platform"),
                            new OverrideGrant.LevelGranted(Level.GOLD),
                            "agent-smith",
                            "pending exam feed",
                            DAY,
                            DAY,
                            null,
                            OverridePolicy.PROGRAMME_DEFAULT)));

    OrganizationFacts facts = factsOf(contoso);

    assertThat(facts.organization()).isEqualTo(contoso.id());
    assertThat(facts.market()).isEqualTo(contoso.market());
    assertThat(facts.persons())
        .extracting(AssociatedPerson::person)
        .containsExactlyInAnyOrder(ana.id(), bruno.id());
    assertThat(facts.persons())
        .filteredOn(p -> p.person().equals(ana.id()))
        .singleElement()
        .satisfies(p -> assertThat(p.achievements()).containsExactlyInAnyOrder(first, second));
    assertThat(facts.persons())
        .filteredOn(p -> p.person().equals(bruno.id()))
        .singleElement()
        .satisfies(p -> assertThat(p.achievements()).isEmpty());
    assertThat(facts.metrics()).contains(recent);
    assertThat(facts.overrides()).extracting(AgentOverride::id).containsExactly(override.id());
  }

  @Test
  public void manyOrganizationsAreReadTogetherTheirPersonsNamedAndAnUnknownOneLeftOut() {
    Organization contoso = storedOrganization();
    Organization fabrikam = storedOrganization();
    Person ana = associated(contoso, DAY);
    Person carla = associated(fabrikam, DAY);
    OrganizationId unknown = anOrganization().id();

    Evidence.Gathered gathered =
        inTransaction(
            () -> evidence().on(List.of(contoso.id(), fabrikam.id(), unknown), EVALUATED_ON));

    assertThat(gathered.organizations()).containsOnlyKeys(contoso.id(), fabrikam.id());
    assertThat(inTransaction(() -> evidence().names(List.of(ana.id(), carla.id()))))
        .containsOnly(Map.entry(ana.id(), ana.name()), Map.entry(carla.id(), carla.name()));
    assertThat(gathered.organizations().get(fabrikam.id()).facts().persons())
        .extracting(AssociatedPerson::person)
        .containsExactly(carla.id());
    assertThat(gathered.latestCatalogVersion())
        .isEqualTo(inTransaction(() -> catalogs().latestVersion()));
  }

  @Test
  public void theMetricReportsThatCanCountAreGivenInTheOrderRecorded() {
    Organization contoso = storedOrganization();
    MetricReport first = report(contoso, "10000.00", EVALUATED_ON.minusDays(10));
    MetricReport correction = report(contoso, "12000.00", EVALUATED_ON.minusDays(10));
    MetricReport future = report(contoso, "13000.00", EVALUATED_ON.plusDays(10));

    assertThat(factsOf(contoso).metrics()).containsSubsequence(first, correction, future);
  }
}
