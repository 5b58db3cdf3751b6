package org.attain.application.service;

import java.time.LocalDate;
import java.util.List;
import org.attain.domain.catalog.AttainmentPath;
import org.attain.domain.catalog.Catalog;
import org.attain.domain.catalog.CertifiedIndividuals;
import org.attain.domain.catalog.Competency;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.catalog.LevelRequirement;
import org.attain.domain.catalog.Performance;
import org.attain.domain.catalog.Qualification;
import org.attain.domain.catalog.RequirementOption;
import org.attain.domain.catalog.Threshold;
import org.attain.domain.metric.Metric;

/** A one-competency catalog shaped like the programme's Cloud Platform requirements. */
final class CloudPlatformCatalog {

  static final CompetencyId CLOUD_PLATFORM = new CompetencyId("cloud-platform");

  private CloudPlatformCatalog() {}

  static Competency cloudPlatform() {
    return cloudPlatformWithSilverFor(1);
  }

  /** Cloud Platform with Silver needing {@code persons} certified persons instead of one. */
  static Competency cloudPlatformWithSilverFor(int persons) {
    return new Competency(
        CLOUD_PLATFORM,
        "Cloud Platform",
        AttainmentPath.CLOUD_PLATFORM,
        level(Threshold.of(15_000, 10_000), persons),
        level(Threshold.everywhere(100_000), 2));
  }

  static Catalog version(int number, LocalDate effectiveFrom) {
    return new Catalog(number, effectiveFrom, List.of(), List.of(cloudPlatform()));
  }

  private static LevelRequirement level(Threshold consumption, int persons) {
    return new LevelRequirement(
        new RequirementOption(
            "Azure consumption",
            new Performance(Metric.AZURE_CONSUMPTION_USD_TTM, consumption),
            new CertifiedIndividuals(persons, Qualification.anyOf("70-532", "70-533"))));
  }
}
