package org.attain.domain.membership;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.attain.domain.catalog.CertifiedIndividuals;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.catalog.Level;
import org.attain.domain.catalog.OfWhom;
import org.attain.domain.catalog.Performance;
import org.attain.domain.catalog.Qualification;
import org.attain.domain.catalog.Threshold;
import org.attain.domain.evaluation.Attainment;
import org.attain.domain.evaluation.Evaluation;
import org.attain.domain.evaluation.LevelProgress;
import org.attain.domain.evaluation.MetricProgress;
import org.attain.domain.evaluation.OptionProgress;
import org.attain.domain.evaluation.PersonsProgress;
import org.attain.domain.evaluation.StepProgress;
import org.attain.domain.metric.Metric;
import org.attain.domain.metric.MetricReport;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.person.PersonId;

/** Builds an organization's evaluation on a day for membership, profile and benefit rule tests. */
public final class Evaluations {

  public static final OrganizationId CONTOSO = new OrganizationId(new UUID(7, 7));

  private final OrganizationId organization;
  private final LocalDate day;
  private final List<Attainment> attainments = new ArrayList<>();

  private Evaluations(OrganizationId organization, LocalDate day) {
    this.organization = organization;
    this.day = day;
  }

  public static Evaluations of(LocalDate day) {
    return new Evaluations(CONTOSO, day);
  }

  public static Evaluations of(OrganizationId organization, LocalDate day) {
    return new Evaluations(organization, day);
  }

  /** Silver met (1 of 1 person), Gold not (0 of 2 persons). */
  public Evaluations silver(String competency) {
    return competency(
        competency,
        level(Level.SILVER, option("Silver", persons(1, 1))),
        level(Level.GOLD, option("Gold", persons(0, 2))));
  }

  /** Silver and Gold met. */
  public Evaluations gold(String competency) {
    return competency(
        competency,
        level(Level.SILVER, option("Silver", persons(1, 1))),
        level(Level.GOLD, option("Gold", persons(2, 2))));
  }

  /** Nothing met, nobody counted. */
  public Evaluations none(String competency) {
    return competency(
        competency,
        level(Level.SILVER, option("Silver", persons(0, 1))),
        level(Level.GOLD, option("Gold", persons(0, 2))));
  }

  public Evaluations competency(String competency, LevelProgress... levels) {
    attainments.add(new Attainment(new CompetencyId(competency), List.of(levels)));
    return this;
  }

  public Evaluation build() {
    return new Evaluation(organization, day, 1, attainments);
  }

  public static LevelProgress level(Level level, OptionProgress... options) {
    return new LevelProgress(level, List.of(options));
  }

  public static OptionProgress option(String name, StepProgress... steps) {
    return new OptionProgress(name, List.of(steps));
  }

  /** {@code achieved} of {@code required} persons holding an exam. */
  public static PersonsProgress persons(int achieved, int required) {
    return new PersonsProgress(
        new CertifiedIndividuals(required, Qualification.anyOf("70-533")),
        personIds(achieved),
        List.of());
  }

  /** {@code achieved} of {@code required} persons, of whom {@code also} of {@code ofWhom} too. */
  public static PersonsProgress persons(int achieved, int required, int also, int ofWhom) {
    return new PersonsProgress(
        new CertifiedIndividuals(
            required,
            Qualification.anyOf("70-496"),
            new OfWhom(ofWhom, Qualification.anyOf("PSM-I"))),
        personIds(achieved),
        personIds(also));
  }

  /** USD {@code achieved} of {@code required} Azure consumption. */
  public static MetricProgress metric(long achieved, long required) {
    MetricReport report =
        achieved == 0
            ? null
            : new MetricReport(
                Metric.AZURE_CONSUMPTION_USD_TTM,
                BigDecimal.valueOf(achieved),
                LocalDate.of(2017, 1, 1),
                LocalDate.of(2017, 12, 31));
    return new MetricProgress(
        new Performance(Metric.AZURE_CONSUMPTION_USD_TTM, Threshold.everywhere(required)),
        BigDecimal.valueOf(required),
        report);
  }

  private static List<PersonId> personIds(int count) {
    return IntStream.rangeClosed(1, count).mapToObj(n -> new PersonId(new UUID(0, n))).toList();
  }
}
