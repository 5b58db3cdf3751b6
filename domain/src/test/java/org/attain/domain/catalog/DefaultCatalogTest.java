package org.attain.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.attain.domain.achievement.AchievementCode;
import org.junit.jupiter.api.Test;

/** The default catalog resource holds the programme's 18 competencies as a valid catalog. */
class DefaultCatalogTest {

  private static final Catalog CATALOG = CatalogJson.defaultCatalog();

  @Test
  void itIsTheFirstVersion() {
    assertThat(CATALOG.version()).isEqualTo(1);
    assertThat(CATALOG.effectiveFrom()).isEqualTo(LocalDate.of(2017, 1, 1));
  }

  @Test
  void itHoldsThe18CompetenciesInTheirAttainmentPaths() {
    Map<AttainmentPath, List<String>> byPath =
        CATALOG.competencies().stream()
            .collect(
                Collectors.groupingBy(
                    Competency::path, Collectors.mapping(Competency::name, Collectors.toList())));

    assertThat(CATALOG.competencies()).hasSize(18);
    assertThat(byPath.get(AttainmentPath.APPLICATION_DEVELOPMENT))
        .containsExactly("Application Development", "Application Integration", "DevOps");
    assertThat(byPath.get(AttainmentPath.CLOUD_PLATFORM))
        .containsExactly("Cloud Platform", "Datacenter");
    assertThat(byPath.get(AttainmentPath.DATA_MANAGEMENT))
        .containsExactly("Data Analytics", "Data Platform");
    assertThat(byPath.get(AttainmentPath.BUSINESS_APPLICATIONS))
        .containsExactly(
            "Cloud Business Applications",
            "Cloud CRM",
            "Enterprise Resource Planning",
            "Project and Portfolio Management");
    assertThat(byPath.get(AttainmentPath.MOBILITY))
        .containsExactly("Enterprise Mobility Management", "Windows and Devices");
    assertThat(byPath.get(AttainmentPath.PRODUCTIVITY))
        .containsExactly(
            "Cloud Productivity",
            "Collaboration and Content",
            "Communications",
            "Messaging",
            "Small and Midmarket Cloud Solutions");
  }

  @Test
  void enterpriseResourcePlanningIsTheOnlyGoldOnlyCompetency() {
    assertThat(CATALOG.competencies())
        .filteredOn(c -> c.silver() == null)
        .extracting(Competency::id)
        .containsExactly(new CompetencyId("enterprise-resource-planning"));
  }

  @Test
  void everyOptionOfTheRequirementsTableIsThere() {
    assertThat(optionNames("data-analytics", Level.SILVER))
        .containsExactly("Specialist", "Assessments only", "Power BI");
    assertThat(optionNames("data-platform", Level.GOLD))
        .containsExactly("Big data", "SQL Server specialist");
    assertThat(optionNames("cloud-business-applications", Level.SILVER))
        .containsExactly("Customer engagement", "Operations");
    assertThat(optionNames("enterprise-mobility-management", Level.SILVER))
        .containsExactly("Enterprise", "Small and midsize business");
    assertThat(optionNames("enterprise-mobility-management", Level.GOLD))
        .containsExactly("Enterprise");
  }

  @Test
  void examSeventy534CountsUntilTheEndOf2018() {
    assertThat(CATALOG.credits(new AchievementCode("70-534"), LocalDate.of(2018, 12, 31))).isTrue();
    assertThat(CATALOG.credits(new AchievementCode("70-534"), LocalDate.of(2019, 1, 1))).isFalse();
  }

  @Test
  void devOpsGoldNeedsFourPersonsOfWhomTwoAgile() {
    Step gold = requirement("devops", Level.GOLD).options().getFirst().steps().getFirst();

    assertThat(gold)
        .isEqualTo(
            new CertifiedIndividuals(
                4,
                Qualification.tracks(Track.of("70-496", "70-498")),
                new OfWhom(2, Qualification.anyOf("PSM I", "PMI-ACP", "CSM", "70-497"))));
  }

  private static List<String> optionNames(String competency, Level level) {
    return requirement(competency, level).options().stream().map(RequirementOption::name).toList();
  }

  private static LevelRequirement requirement(String competency, Level level) {
    return CATALOG
        .competency(new CompetencyId(competency))
        .orElseThrow()
        .requirementFor(level)
        .orElseThrow();
  }
}
