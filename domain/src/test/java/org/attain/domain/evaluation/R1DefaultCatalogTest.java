package org.attain.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attain.domain.evaluation.Facts.DAY;

import java.time.LocalDate;
import org.attain.domain.catalog.Catalog;
import org.attain.domain.catalog.CatalogJson;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.metric.Metric;
import org.junit.jupiter.api.Test;

/** R1 against the default catalog: organizations reach the levels CATALOG.md describes. */
class R1DefaultCatalogTest {

  private static final Catalog CATALOG = CatalogJson.defaultCatalog();
  private static final CompetencyId CLOUD_PLATFORM = new CompetencyId("cloud-platform");

  private final AttainmentEvaluator evaluator = new AttainmentEvaluator();

  @Test
  void R1_cloudPlatformSilverNeedsTheMarketsConsumptionAndOneCertifiedPerson() {
    Facts developing =
        Facts.developing().person(1, "70-533").metric(Metric.AZURE_CONSUMPTION_USD_TTM, 10_000);
    Facts developed =
        Facts.developed().person(1, "70-533").metric(Metric.AZURE_CONSUMPTION_USD_TTM, 10_000);

    assertThat(level(developing, DAY, CLOUD_PLATFORM)).isEqualTo(AttainedLevel.SILVER);
    assertThat(level(developed, DAY, CLOUD_PLATFORM)).isEqualTo(AttainedLevel.NONE);
  }

  @Test
  void R1_aRetired70534StopsCountingForCloudPlatformAfter2018() {
    Facts facts =
        Facts.developed().person(1, "70-534").metric(Metric.AZURE_CONSUMPTION_USD_TTM, 15_000);

    assertThat(level(facts, LocalDate.of(2018, 12, 31), CLOUD_PLATFORM))
        .isEqualTo(AttainedLevel.SILVER);
    assertThat(level(facts, LocalDate.of(2019, 1, 1), CLOUD_PLATFORM))
        .isEqualTo(AttainedLevel.NONE);
  }

  @Test
  void R1_enterpriseResourcePlanningIsGoldOnLicenseRevenueAlone() {
    Facts facts = Facts.developing().metric(Metric.ERP_LICENSE_REVENUE_USD_TTM, 75_000);

    assertThat(level(facts, DAY, new CompetencyId("enterprise-resource-planning")))
        .isEqualTo(AttainedLevel.GOLD);
  }

  @Test
  void R1_projectAndPortfolioGoldNeedsTwoOfItsFourAlsoHolding70339() {
    CompetencyId ppm = new CompetencyId("project-and-portfolio-management");
    Facts facts =
        Facts.developed()
            .person(1, "74-343", "70-348", "70-339")
            .person(2, "74-343", "70-348")
            .person(3, "74-343", "70-348")
            .person(4, "74-343", "70-348");

    assertThat(level(facts, DAY, ppm)).isEqualTo(AttainedLevel.SILVER);
    assertThat(level(facts.person(5, "74-343", "70-348", "70-339"), DAY, ppm))
        .isEqualTo(AttainedLevel.GOLD);
  }

  @Test
  void R1_anEmptyOrganizationAttainsNothing() {
    Evaluation evaluation = evaluator.evaluate(Facts.developed().build(), CATALOG, DAY);

    assertThat(evaluation.attainments()).hasSize(18).allMatch(a -> a.level() == AttainedLevel.NONE);
    assertThat(evaluation.catalogVersion()).isEqualTo(1);
  }

  private AttainedLevel level(Facts facts, LocalDate day, CompetencyId competency) {
    return evaluator.evaluate(facts.build(), CATALOG, day).levelIn(competency);
  }
}
