package org.attain.application.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.attain.domain.achievement.AchievementCode;
import org.attain.domain.catalog.AttainmentPath;
import org.attain.domain.catalog.Catalog;
import org.attain.domain.catalog.CertifiedIndividuals;
import org.attain.domain.catalog.Competency;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.catalog.LevelRequirement;
import org.attain.domain.catalog.OfWhom;
import org.attain.domain.catalog.Performance;
import org.attain.domain.catalog.Qualification;
import org.attain.domain.catalog.RequirementOption;
import org.attain.domain.catalog.RetiredCredential;
import org.attain.domain.catalog.Threshold;
import org.attain.domain.catalog.Track;
import org.attain.domain.metric.Metric;

/**
 * Sample catalog versions for the contract tests: small, but with every kind of step and every
 * optional part a store must keep (tracks, "of whom", retired credentials, decimal thresholds, a
 * Gold-only competency, alternative options, accented names).
 */
public final class CatalogSamples {

  private CatalogSamples() {}

  /** A version with every kind of content. */
  public static Catalog aFullCatalog(int version, LocalDate effectiveFrom) {
    return new Catalog(
        version,
        effectiveFrom,
        List.of(
            new RetiredCredential(new AchievementCode("70-534"), LocalDate.of(2018, 12, 31)),
            new RetiredCredential(new AchievementCode("MCSA Linux on Azure"), effectiveFrom)),
        List.of(cloudPlatform(), dataPlatform(), devOps(), goldOnly()));
  }

  /** The smallest version there can be, for tests about versions rather than content. */
  public static Catalog aSmallCatalog(int version, LocalDate effectiveFrom) {
    return new Catalog(
        version,
        effectiveFrom,
        List.of(),
        List.of(
            new Competency(
                new CompetencyId("application-integration"),
                "Application Integration v" + version,
                AttainmentPath.APPLICATION_DEVELOPMENT,
                null,
                new LevelRequirement(
                    new RequirementOption(
                        "Assessment",
                        new CertifiedIndividuals(4, Qualification.anyOf("TA-INTEGRATION")))))));
  }

  private static Competency cloudPlatform() {
    Qualification azureExams =
        Qualification.anyOf("70-532", "70-533", "70-534", "MCSA Linux on Azure");
    return new Competency(
        new CompetencyId("cloud-platform"),
        "Cloud Platform — nuvem São Tomé",
        AttainmentPath.CLOUD_PLATFORM,
        new LevelRequirement(
            new RequirementOption(
                "Azure consumption",
                new Performance(
                    Metric.AZURE_CONSUMPTION_USD_TTM,
                    new Threshold(new BigDecimal("15000.50"), new BigDecimal("10000.05"))),
                new CertifiedIndividuals(1, azureExams))),
        new LevelRequirement(
            new RequirementOption(
                "Azure consumption",
                new Performance(Metric.AZURE_CONSUMPTION_USD_TTM, Threshold.everywhere(100000)),
                new CertifiedIndividuals(2, azureExams)),
            new RequirementOption(
                "Seats and people",
                new Performance(Metric.POWER_BI_SEATS, Threshold.of(1000, 250)),
                new Performance(Metric.AUTHORIZED_DEVICE_RESELLER, Threshold.everywhere(1)),
                new CertifiedIndividuals(3, azureExams))));
  }

  private static Competency dataPlatform() {
    Qualification tracks =
        Qualification.tracks(
            Track.of("70-764", "70-765", "TA-SQL-SERVER"),
            Track.of("70-762", "70-761", "70-473", "TA-SQL-SERVER"));
    return new Competency(
        new CompetencyId("data-platform"),
        "Data Platform",
        AttainmentPath.DATA_MANAGEMENT,
        new LevelRequirement(
            new RequirementOption(
                "Big data", new CertifiedIndividuals(2, Qualification.anyOf("TA-BIG-DATA"))),
            new RequirementOption("SQL Server specialist", new CertifiedIndividuals(1, tracks))),
        new LevelRequirement(
            new RequirementOption("SQL Server specialist", new CertifiedIndividuals(2, tracks))));
  }

  private static Competency devOps() {
    Qualification devOpsExams = Qualification.tracks(Track.of("70-496", "70-498"));
    Qualification agile = Qualification.anyOf("PSM I", "PMI-ACP", "CSM", "70-497");
    return new Competency(
        new CompetencyId("devops"),
        "DevOps",
        AttainmentPath.APPLICATION_DEVELOPMENT,
        new LevelRequirement(
            new RequirementOption(
                "DevOps exams", new CertifiedIndividuals(2, devOpsExams, new OfWhom(1, agile)))),
        new LevelRequirement(
            new RequirementOption(
                "DevOps exams",
                new CertifiedIndividuals(4, devOpsExams, new OfWhom(2, agile)),
                new CertifiedIndividuals(1, Qualification.anyOf("70-497")))));
  }

  private static Competency goldOnly() {
    return new Competency(
        new CompetencyId("enterprise-resource-planning"),
        "Enterprise Resource Planning",
        AttainmentPath.BUSINESS_APPLICATIONS,
        null,
        new LevelRequirement(
            new RequirementOption(
                "License revenue",
                new Performance(
                    Metric.ERP_LICENSE_REVENUE_USD_TTM,
                    new Threshold(new BigDecimal("175000.99"), new BigDecimal("75000.1"))))));
  }
}
