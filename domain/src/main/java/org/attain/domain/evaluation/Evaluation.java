package org.attain.domain.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.organization.OrganizationId;

/**
 * What an organization has attained on a day against one catalog version, competency by competency.
 */
public record Evaluation(
    OrganizationId organization, LocalDate date, int catalogVersion, List<Attainment> attainments) {

  public Evaluation {
    attainments = List.copyOf(attainments);
  }

  public Optional<Attainment> attainment(CompetencyId competency) {
    return attainments.stream().filter(a -> a.competency().equals(competency)).findFirst();
  }

  public AttainedLevel levelIn(CompetencyId competency) {
    return attainment(competency).map(Attainment::level).orElse(AttainedLevel.NONE);
  }
}
