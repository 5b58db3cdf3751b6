package org.attain.domain.override;

import java.util.stream.Stream;
import org.attain.domain.catalog.CertifiedIndividuals;
import org.attain.domain.catalog.Competency;
import org.attain.domain.catalog.Level;
import org.attain.domain.catalog.LevelRequirement;
import org.attain.domain.catalog.Performance;
import org.attain.domain.catalog.Qualification;
import org.attain.domain.catalog.Step;
import org.attain.domain.catalog.Track;
import org.attain.domain.shared.RuleViolationException;

/**
 * R7: an override must be able to count in its competency: a credential one of its steps asks for,
 * a metric one of its steps measures, or a level the competency has. Anything else would be
 * recorded, audited, and change nothing.
 */
public final class OverrideScope {

  private OverrideScope() {}

  /**
   * @throws RuleViolationException ({@code override-outside-competency}) when {@code grant} cannot
   *     count in {@code competency}
   */
  public static void requireCountsIn(OverrideGrant grant, Competency competency) {
    if (!countsIn(grant, competency)) {
      throw new RuleViolationException(
          "override-outside-competency",
          "%s: the competency %s asks for nothing of the kind"
              .formatted(grant.describe(), competency.id().value()));
    }
  }

  public static boolean countsIn(OverrideGrant grant, Competency competency) {
    return switch (grant) {
      case OverrideGrant.HoldsCredential credential ->
          steps(competency)
              .flatMap(OverrideScope::qualifications)
              .flatMap(q -> q.tracks().stream())
              .map(Track::codes)
              .anyMatch(codes -> codes.contains(credential.code()));
      case OverrideGrant.PerformanceMet performance ->
          steps(competency)
              .anyMatch(
                  step -> step instanceof Performance p && p.metric() == performance.metric());
      case OverrideGrant.LevelGranted level -> competency.requirementFor(level.level()).isPresent();
    };
  }

  private static Stream<Step> steps(Competency competency) {
    return Stream.of(Level.values())
        .flatMap(level -> competency.requirementFor(level).stream())
        .map(LevelRequirement::options)
        .flatMap(options -> options.stream())
        .flatMap(option -> option.steps().stream());
  }

  private static Stream<Qualification> qualifications(Step step) {
    if (step instanceof CertifiedIndividuals persons) {
      return persons.ofWhom() == null
          ? Stream.of(persons.qualification())
          : Stream.of(persons.qualification(), persons.ofWhom().qualification());
    }
    return Stream.empty();
  }
}
