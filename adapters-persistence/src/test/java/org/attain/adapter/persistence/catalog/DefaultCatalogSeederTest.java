package org.attain.adapter.persistence.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attain.application.port.out.Catalogs;
import org.attain.application.port.out.UnitOfWork;
import org.attain.domain.catalog.AttainmentPath;
import org.attain.domain.catalog.Catalog;
import org.attain.domain.catalog.CertifiedIndividuals;
import org.attain.domain.catalog.Competency;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.catalog.Level;
import org.attain.domain.catalog.LevelRequirement;
import org.attain.domain.catalog.OfWhom;
import org.attain.domain.catalog.Performance;
import org.attain.domain.catalog.Qualification;
import org.attain.domain.catalog.RequirementOption;
import org.attain.domain.catalog.Step;
import org.attain.domain.catalog.Threshold;
import org.attain.domain.catalog.Track;
import org.attain.domain.metric.Metric;
import org.junit.jupiter.api.Test;

/**
 * The service starts with the default catalog stored as version 1, read from its resource through
 * the same documents as every stored version, on H2 or PostgreSQL.
 */
@QuarkusTest
class DefaultCatalogSeederTest {

  private static final LocalDate FIRST_DAY = LocalDate.of(2017, 1, 1);

  @Inject Catalogs catalogs;
  @Inject UnitOfWork unitOfWork;
  @Inject DefaultCatalogSeeder seeder;

  private Catalog seeded() {
    return unitOfWork.read(() -> catalogs.history().versions().getFirst());
  }

  @Test
  void theDefaultCatalogIsTheFirstVersionInForceFrom2017() {
    Catalog seeded = seeded();

    assertThat(seeded).isEqualTo(DefaultCatalog.load());
    assertThat(seeded.version()).isEqualTo(1);
    assertThat(seeded.effectiveFrom()).isEqualTo(FIRST_DAY);
    assertThat(unitOfWork.read(() -> catalogs.inForceOn(FIRST_DAY))).contains(seeded);
  }

  @Test
  void itHoldsThe18CompetenciesOfTheSixPaths() {
    List<Competency> competencies = seeded().competencies();

    assertThat(competencies).hasSize(18);
    assertThat(competencies)
        .extracting(Competency::path)
        .containsOnly(AttainmentPath.values())
        .filteredOn(AttainmentPath.PRODUCTIVITY::equals)
        .hasSize(5);
  }

  @Test
  void enterpriseResourcePlanningHasNoSilver() {
    Competency erp = competency("enterprise-resource-planning");

    assertThat(erp.silver()).isNull();
    assertThat(erp.requirementFor(Level.SILVER)).isEmpty();
    assertThat(erp.gold().options().getFirst().steps())
        .containsExactly(
            new Performance(
                Metric.ERP_LICENSE_REVENUE_USD_TTM,
                new Threshold(BigDecimal.valueOf(175000), BigDecimal.valueOf(75000))));
  }

  @Test
  void cloudPlatformSilverNeedsAzureConsumptionByMarketAndOnePerson() {
    List<Step> steps = requirement("cloud-platform", Level.SILVER).options().getFirst().steps();

    assertThat(steps).hasSize(2);
    assertThat(steps.get(0))
        .isEqualTo(
            new Performance(
                Metric.AZURE_CONSUMPTION_USD_TTM,
                new Threshold(BigDecimal.valueOf(15000), BigDecimal.valueOf(10000))));
    assertThat(steps.get(1))
        .isInstanceOfSatisfying(
            CertifiedIndividuals.class,
            step -> {
              assertThat(step.count()).isEqualTo(1);
              assertThat(step.ofWhom()).isNull();
              assertThat(step.qualification().tracks())
                  .contains(
                      Track.of("70-533"), Track.of("70-534"), Track.of("MCSA Linux on Azure"));
            });
  }

  @Test
  void devOpsNeedsPersonsOfWhomSomeAlsoHoldAnAgileCredential() {
    Qualification agile = Qualification.anyOf("PSM I", "PMI-ACP", "CSM", "70-497");

    assertThat(requirement("devops", Level.SILVER).options().getFirst().steps())
        .containsExactly(
            new CertifiedIndividuals(
                2, Qualification.tracks(Track.of("70-496", "70-498")), new OfWhom(1, agile)));
    assertThat(requirement("devops", Level.GOLD).options().getFirst().steps())
        .containsExactly(
            new CertifiedIndividuals(
                4, Qualification.tracks(Track.of("70-496", "70-498")), new OfWhom(2, agile)));
  }

  @Test
  void dataPlatformOffersBigDataOrASqlServerTrack() {
    LevelRequirement silver = requirement("data-platform", Level.SILVER);

    assertThat(silver.options())
        .extracting(RequirementOption::name)
        .containsExactly("Big data", "SQL Server specialist");
    assertThat(silver.options().get(1).steps())
        .containsExactly(
            new CertifiedIndividuals(
                1,
                Qualification.tracks(
                    Track.of("70-764", "70-765", "TA-SQL-SERVER"),
                    Track.of("70-762", "70-761", "70-473", "TA-SQL-SERVER"))));
  }

  /** Every row of the programme's requirements table, as option names per level. */
  @Test
  void everyOptionOfTheProgrammeTableIsThere() {
    Map<String, List<List<String>>> table = new LinkedHashMap<>();
    table.put("application-development", levels("Focus area exams", "MCSD App Builder"));
    table.put("application-integration", levels("Technical assessment", "Technical assessment"));
    table.put("devops", levels("DevOps exams", "DevOps exams"));
    table.put("cloud-platform", levels("Azure consumption", "Azure consumption"));
    table.put("datacenter", levels("Qualifying exam", "MCSA Windows Server"));
    List<String> analytics = List.of("Specialist", "Assessments only", "Power BI");
    table.put("data-analytics", List.of(analytics, analytics));
    List<String> platform = List.of("Big data", "SQL Server specialist");
    table.put("data-platform", List.of(platform, platform));
    List<String> businessApplications = List.of("Customer engagement", "Operations");
    table.put("cloud-business-applications", List.of(businessApplications, businessApplications));
    table.put("cloud-crm", levels("Cloud revenue", "Cloud revenue"));
    table.put("enterprise-resource-planning", List.of(List.of(), List.of("License revenue")));
    table.put("project-and-portfolio-management", levels("Project exams", "Project exams"));
    table.put(
        "enterprise-mobility-management",
        List.of(List.of("Enterprise", "Small and midsize business"), List.of("Enterprise")));
    table.put("windows-and-devices", levels("Surface Hub", "Surface Hub"));
    table.put("cloud-productivity", levels("Active users", "Active users"));
    for (String productivity :
        List.of("collaboration-and-content", "communications", "messaging")) {
      table.put(productivity, levels("Productivity exams", "Productivity exams"));
    }
    table.put("small-and-midmarket-cloud-solutions", levels("New customers", "New customers"));

    assertThat(seeded().competencies())
        .extracting(c -> c.id().value())
        .containsExactlyInAnyOrderElementsOf(table.keySet());
    table.forEach(
        (id, levels) -> {
          assertThat(optionNames(id, Level.SILVER)).as(id + " Silver").isEqualTo(levels.get(0));
          assertThat(optionNames(id, Level.GOLD)).as(id + " Gold").isEqualTo(levels.get(1));
        });
  }

  private static List<List<String>> levels(String silver, String gold) {
    return List.of(List.of(silver), List.of(gold));
  }

  @Test
  void seedingAgainStoresNothing() {
    List<Catalog> before = unitOfWork.read(() -> catalogs.history().versions());

    assertThat(seeder.seedIfEmpty()).isFalse();

    assertThat(unitOfWork.read(() -> catalogs.history().versions())).isEqualTo(before);
  }

  @Test
  void anInstanceThatFindsTheFirstVersionTakenWhileSeedingGoesOn() {
    Catalog seeded = seeded();

    // another instance stored version 1 between this one's check and its insert
    assertThat(seeder.store(DefaultCatalog.load())).isFalse();

    assertThat(seeded()).isEqualTo(seeded);
  }

  private List<String> optionNames(String competency, Level level) {
    return competency(competency).requirementFor(level).stream()
        .flatMap(requirement -> requirement.options().stream())
        .map(RequirementOption::name)
        .toList();
  }

  private LevelRequirement requirement(String competency, Level level) {
    return competency(competency).requirementFor(level).orElseThrow();
  }

  private Competency competency(String id) {
    return seeded().competency(new CompetencyId(id)).orElseThrow();
  }
}
