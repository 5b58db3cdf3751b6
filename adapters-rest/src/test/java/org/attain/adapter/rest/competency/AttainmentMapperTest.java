package org.attain.adapter.rest.competency;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.attain.adapter.rest.amount.Money;
import org.attain.adapter.rest.catalog.CatalogMapperImpl;
import org.attain.adapter.rest.override.GrantKind;
import org.attain.application.port.in.ReadCompetencies;
import org.attain.domain.achievement.Achievement;
import org.attain.domain.achievement.AchievementCode;
import org.attain.domain.achievement.AchievementKind;
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
import org.attain.domain.catalog.Threshold;
import org.attain.domain.evaluation.AppliedOverride;
import org.attain.domain.evaluation.AssociatedPerson;
import org.attain.domain.evaluation.AttainedLevel;
import org.attain.domain.evaluation.Attainment;
import org.attain.domain.evaluation.AttainmentEvaluator;
import org.attain.domain.evaluation.Evaluation;
import org.attain.domain.evaluation.OrganizationFacts;
import org.attain.domain.metric.Metric;
import org.attain.domain.metric.MetricReport;
import org.attain.domain.metric.MetricUnit;
import org.attain.domain.organization.AdminContact;
import org.attain.domain.organization.CountryCode;
import org.attain.domain.organization.Market;
import org.attain.domain.organization.Organization;
import org.attain.domain.override.OverrideGrant;
import org.attain.domain.override.OverrideId;
import org.attain.domain.person.PersonId;
import org.attain.domain.shared.EmailAddress;
import org.junit.jupiter.api.Test;

class AttainmentMapperTest {

  static final LocalDate DAY = LocalDate.of(2025, 4, 1);
  static final CompetencyId CLOUD = new CompetencyId("cloud-platform");
  static final CompetencyId ERP = new CompetencyId("erp");

  private final AttainmentMapper mapper = new AttainmentMapperImpl(new CatalogMapperImpl());

  private final PersonId ana = new PersonId(new UUID(0, 1));
  private final PersonId rui = new PersonId(new UUID(0, 2));
  private final Organization contoso =
      Organization.register(
          "Contoso",
          new CountryCode("PT"),
          Market.DEVELOPING,
          List.of(new AdminContact("Ana", new EmailAddress("ana@contoso.example"))));

  /**
   * Cloud: Silver by consumption and 1 person, or by 3 persons of whom 1 holds 70-339; Gold by 4
   * persons. ERP: Gold only, by licence revenue.
   */
  private final Catalog catalog =
      new Catalog(
          1,
          LocalDate.of(2017, 1, 1),
          List.of(),
          List.of(
              new Competency(
                  CLOUD,
                  "Cloud Platform",
                  AttainmentPath.CLOUD_PLATFORM,
                  new LevelRequirement(
                      new RequirementOption(
                          "Consumption",
                          new Performance(
                              Metric.AZURE_CONSUMPTION_USD_TTM, Threshold.of(15_000, 10_000)),
                          new CertifiedIndividuals(1, Qualification.anyOf("70-533"))),
                      new RequirementOption(
                          "Architects",
                          new CertifiedIndividuals(
                              3,
                              Qualification.anyOf("70-533"),
                              new OfWhom(1, Qualification.anyOf("70-339"))))),
                  new LevelRequirement(
                      new RequirementOption(
                          "Experts", new CertifiedIndividuals(4, Qualification.anyOf("70-533"))))),
              new Competency(
                  ERP,
                  "Enterprise Resource Planning",
                  AttainmentPath.BUSINESS_APPLICATIONS,
                  null,
                  new LevelRequirement(
                      new RequirementOption(
                          "License revenue",
                          new Performance(
                              Metric.ERP_LICENSE_REVENUE_USD_TTM,
                              Threshold.of(175_000, 75_000)))))));

  private Evaluation evaluate(BigDecimal consumption) {
    List<MetricReport> metrics =
        consumption == null
            ? List.of()
            : List.of(
                new MetricReport(
                    Metric.AZURE_CONSUMPTION_USD_TTM,
                    consumption,
                    LocalDate.of(2024, 4, 1),
                    LocalDate.of(2025, 3, 31)));
    OrganizationFacts facts =
        new OrganizationFacts(
            contoso.id(),
            contoso.market(),
            List.of(
                new AssociatedPerson(ana, List.of(exam(ana, "70-533"), exam(ana, "70-339"))),
                new AssociatedPerson(rui, List.of(exam(rui, "70-533")))),
            metrics);
    return new AttainmentEvaluator().evaluate(facts, catalog, DAY);
  }

  @Test
  void theSummaryShowsTheLevelAndHowFarEachLevelIs() {
    CompetenciesResponse response =
        mapper.toResponse(new ReadCompetencies.Status(contoso.id(), catalog, evaluate(null)));

    assertThat(response.organizationId()).isEqualTo(contoso.id().value());
    assertThat(response.date()).isEqualTo(DAY);
    assertThat(response.catalogVersion()).isEqualTo(1);
    CompetencySummaryResponse cloud = response.competencies().get(0);
    assertThat(cloud.id()).isEqualTo("cloud-platform");
    assertThat(cloud.level()).isEqualTo(AttainedLevel.NONE);
    assertThat(cloud.silver())
        .isEqualTo(
            new LevelSummaryResponse(
                false, null, new ClosestOptionResponse("Consumption", 1, 2, 0)));
    assertThat(cloud.gold())
        .isEqualTo(
            new LevelSummaryResponse(false, null, new ClosestOptionResponse("Experts", 0, 1, 2)));
    assertThat(response.competencies().get(1).silver()).isNull();
  }

  @Test
  void aMetLevelShowsTheOptionThatMeetsIt() {
    CompetencySummaryResponse cloud =
        mapper
            .toResponse(
                new ReadCompetencies.Status(
                    contoso.id(), catalog, evaluate(new BigDecimal("10000"))))
            .competencies()
            .get(0);

    assertThat(cloud.level()).isEqualTo(AttainedLevel.SILVER);
    assertThat(cloud.silver())
        .isEqualTo(
            new LevelSummaryResponse(
                true, "Consumption", new ClosestOptionResponse("Consumption", 2, 2, 0)));
  }

  @Test
  void theDetailShowsEveryStepWithItsProgressAndContributors() {
    Evaluation evaluation = evaluate(new BigDecimal("9500.5"));
    CompetencyDetailResponse detail =
        mapper.toResponse(
            new ReadCompetencies.CompetencyStatus(
                contoso.id(),
                DAY,
                1,
                catalog.competency(CLOUD).orElseThrow(),
                evaluation.attainment(CLOUD).orElseThrow(),
                Map.of(ana, "Ana Lima", rui, "Rui Costa")));

    assertThat(detail.level()).isEqualTo(AttainedLevel.NONE);
    assertThat(detail.overrides()).isEmpty();
    assertThat(detail.silver().met()).isFalse();
    assertThat(detail.silver().metBy()).isNull();
    OptionProgressResponse consumption = detail.silver().options().get(0);
    assertThat(consumption.steps().get(0))
        .isEqualTo(
            new PerformanceProgressResponse(
                false,
                Metric.AZURE_CONSUMPTION_USD_TTM,
                MetricUnit.USD,
                new Money("10000.00", "USD"),
                new Money("9500.50", "USD"),
                new ReportPeriodResponse(LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31)),
                false));
    PersonsProgressResponse architects =
        (PersonsProgressResponse) detail.silver().options().get(1).steps().get(0);
    assertThat(architects.required()).isEqualTo(3);
    assertThat(architects.achieved()).isEqualTo(2);
    assertThat(architects.missing()).isEqualTo(1);
    assertThat(architects.qualification().tracks()).containsExactly(List.of("70-533"));
    assertThat(architects.contributors())
        .containsExactly(
            new ContributorResponse(ana.value(), "Ana Lima"),
            new ContributorResponse(rui.value(), "Rui Costa"));
    assertThat(architects.ofWhom().required()).isEqualTo(1);
    assertThat(architects.ofWhom().achieved()).isEqualTo(1);
    assertThat(architects.ofWhom().qualification().tracks()).containsExactly(List.of("70-339"));
    assertThat(architects.ofWhom().contributors())
        .containsExactly(new ContributorResponse(ana.value(), "Ana Lima"));
    assertThat(((PersonsProgressResponse) consumption.steps().get(1)).ofWhom()).isNull();
  }

  @Test
  void r7_theDetailShowsWhichOverridesTheStatusRestsOnAndUntilWhen() {
    Attainment evidence = evaluate(new BigDecimal("9500.5")).attainment(CLOUD).orElseThrow();
    OverrideId override = new OverrideId(new UUID(0, 7));
    Attainment overridden =
        new Attainment(
            CLOUD,
            evidence.levels(),
            List.of(
                new AppliedOverride(
                    override, new OverrideGrant.LevelGranted(Level.GOLD), DAY.plusDays(30))));

    CompetencyDetailResponse detail =
        mapper.toResponse(
            new ReadCompetencies.CompetencyStatus(
                contoso.id(),
                DAY,
                1,
                catalog.competency(CLOUD).orElseThrow(),
                overridden,
                Map.of()));

    assertThat(detail.level()).isEqualTo(AttainedLevel.GOLD);
    assertThat(detail.overrides())
        .singleElement()
        .satisfies(
            applied -> {
              assertThat(applied.overrideId()).isEqualTo(override.value());
              assertThat(applied.grant().kind()).isEqualTo(GrantKind.LEVEL_GRANTED);
              assertThat(applied.grant().level()).isEqualTo(Level.GOLD);
              assertThat(applied.lastDay()).isEqualTo(DAY.plusDays(30));
            });
  }

  private static Achievement exam(PersonId holder, String code) {
    return Achievement.earned(
        holder,
        AchievementKind.EXAM,
        new AchievementCode(code),
        LocalDate.of(2024, 1, 1),
        null,
        null);
  }
}
