package org.attain.application.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attain.domain.catalog.Catalog;
import org.attain.domain.catalog.Competency;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.evaluation.Attainment;
import org.attain.domain.evaluation.Evaluation;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.person.PersonId;

/** R1, R2: what an organization has attained on a day, for its admins and agents only. */
public interface ReadCompetencies {

  /** Every competency of the catalog in force on {@code asOf} (today when absent). */
  Status status(Actor actor, OrganizationId organization, Optional<LocalDate> asOf);

  /** One competency in detail: every option and step, progress and contributing persons. */
  CompetencyStatus competency(
      Actor actor, OrganizationId organization, CompetencyId competency, Optional<LocalDate> asOf);

  /** The evaluation of every competency, with the catalog it was made against. */
  record Status(OrganizationId organization, Catalog catalog, Evaluation evaluation) {}

  /** The evaluation of one competency, with the names of the persons it mentions. */
  record CompetencyStatus(
      OrganizationId organization,
      LocalDate date,
      int catalogVersion,
      Competency competency,
      Attainment attainment,
      Map<PersonId, String> personNames) {
    public CompetencyStatus {
      personNames = Map.copyOf(personNames);
    }

    public List<PersonId> persons() {
      return List.copyOf(personNames.keySet());
    }
  }
}
