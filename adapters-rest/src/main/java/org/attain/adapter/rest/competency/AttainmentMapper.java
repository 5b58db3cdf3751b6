package org.attain.adapter.rest.competency;

import java.util.List;
import java.util.Map;
import org.attain.adapter.rest.amount.Quantity;
import org.attain.adapter.rest.catalog.CatalogMapper;
import org.attain.adapter.rest.catalog.QualificationDocument;
import org.attain.adapter.rest.mapping.MappingConfig;
import org.attain.adapter.rest.mapping.ValueMappings;
import org.attain.adapter.rest.override.OverrideMapper;
import org.attain.application.port.in.ReadCompetencies;
import org.attain.domain.catalog.Catalog;
import org.attain.domain.catalog.Competency;
import org.attain.domain.catalog.Level;
import org.attain.domain.catalog.Qualification;
import org.attain.domain.evaluation.Attainment;
import org.attain.domain.evaluation.LevelProgress;
import org.attain.domain.evaluation.MetricProgress;
import org.attain.domain.evaluation.OptionProgress;
import org.attain.domain.evaluation.PersonsProgress;
import org.attain.domain.evaluation.StepProgress;
import org.attain.domain.metric.MetricReport;
import org.attain.domain.metric.MetricUnit;
import org.attain.domain.person.PersonId;
import org.mapstruct.Mapper;

/**
 * Maps evaluations to the competencies summary and to one competency's detail. The evaluation's
 * records are sealed and nested, so most of it is written out; qualifications are shown as the
 * catalog shows them.
 */
@Mapper(config = MappingConfig.class, uses = CatalogMapper.class)
public interface AttainmentMapper extends ValueMappings {

  QualificationDocument qualification(Qualification qualification);

  ReportPeriodResponse period(MetricReport report);

  default CompetenciesResponse toResponse(ReadCompetencies.Status status) {
    Catalog catalog = status.catalog();
    List<CompetencySummaryResponse> competencies =
        status.evaluation().attainments().stream()
            .map(
                attainment ->
                    summary(catalog.competency(attainment.competency()).orElseThrow(), attainment))
            .toList();
    return new CompetenciesResponse(
        uuid(status.organization()),
        status.evaluation().date(),
        status.evaluation().catalogVersion(),
        competencies);
  }

  default CompetencySummaryResponse summary(Competency competency, Attainment attainment) {
    return new CompetencySummaryResponse(
        text(competency.id()),
        competency.name(),
        competency.path(),
        attainment.level(),
        attainment.progress(Level.SILVER).map(this::summary).orElse(null),
        attainment.progress(Level.GOLD).map(this::summary).orElse(null));
  }

  default LevelSummaryResponse summary(LevelProgress level) {
    OptionProgress nearest = NearestOption.of(level);
    return new LevelSummaryResponse(
        level.met(),
        level.metBy().map(OptionProgress::option).orElse(null),
        new ClosestOptionResponse(
            nearest.option(),
            NearestOption.stepsMet(nearest),
            nearest.steps().size(),
            NearestOption.personsMissing(nearest)));
  }

  default CompetencyDetailResponse toResponse(ReadCompetencies.CompetencyStatus status) {
    Competency competency = status.competency();
    Attainment attainment = status.attainment();
    Map<PersonId, String> names = status.personNames();
    return new CompetencyDetailResponse(
        uuid(status.organization()),
        status.date(),
        status.catalogVersion(),
        text(competency.id()),
        competency.name(),
        competency.path(),
        attainment.level(),
        attainment.progress(Level.SILVER).map(level -> detail(level, names)).orElse(null),
        attainment.progress(Level.GOLD).map(level -> detail(level, names)).orElse(null),
        attainment.overrides().stream()
            .map(
                applied ->
                    new AppliedOverrideResponse(
                        applied.override().value(),
                        OverrideMapper.grantOf(applied.grant()),
                        applied.lastDay()))
            .toList());
  }

  default LevelDetailResponse detail(LevelProgress level, Map<PersonId, String> names) {
    return new LevelDetailResponse(
        level.met(),
        level.metBy().map(OptionProgress::option).orElse(null),
        level.options().stream()
            .map(
                option ->
                    new OptionProgressResponse(
                        option.option(),
                        option.met(),
                        option.steps().stream().map(step -> detail(step, names)).toList()))
            .toList());
  }

  default StepProgressResponse detail(StepProgress step, Map<PersonId, String> names) {
    return switch (step) {
      case PersonsProgress persons -> persons(persons, names);
      case MetricProgress metric -> performance(metric);
    };
  }

  default PersonsProgressResponse persons(PersonsProgress step, Map<PersonId, String> names) {
    OfWhomProgressResponse ofWhom =
        step.step().ofWhom() == null
            ? null
            : new OfWhomProgressResponse(
                step.alsoHoldingRequired(),
                step.alsoHolding().size(),
                qualification(step.step().ofWhom().qualification()),
                contributors(step.alsoHolding(), names));
    return new PersonsProgressResponse(
        step.met(),
        step.required(),
        step.achieved(),
        step.required() - step.achieved(),
        qualification(step.step().qualification()),
        ofWhom,
        contributors(step.contributors(), names));
  }

  default PerformanceProgressResponse performance(MetricProgress step) {
    MetricUnit unit = step.step().metric().unit();
    return new PerformanceProgressResponse(
        step.met(),
        step.step().metric(),
        unit,
        Quantity.of(unit, step.required()),
        Quantity.of(unit, step.achieved()),
        step.countingReport().map(this::period).orElse(null),
        step.overridden());
  }

  default List<ContributorResponse> contributors(
      List<PersonId> persons, Map<PersonId, String> names) {
    return persons.stream()
        .map(person -> new ContributorResponse(uuid(person), names.get(person)))
        .toList();
  }
}
