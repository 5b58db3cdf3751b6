package org.attain.application.port.in;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.attain.domain.catalog.Catalog;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.person.PersonId;
import org.attain.domain.robustness.RobustnessReport;

/**
 * Issue 13: what an organization's levels and membership rest on, for its admins and agents: per
 * held level the fewest departures that would lose it, the key persons, and what would raise it.
 */
public interface ReadRobustness {

  /** On {@code asOf} (today when absent), against the catalog then in force. */
  Report robustness(Actor actor, OrganizationId organization, Optional<LocalDate> asOf);

  /**
   * @param catalog the catalog evaluated against, for the competencies' names
   * @param personNames the names of every person the report mentions
   */
  record Report(
      OrganizationId organization,
      Catalog catalog,
      RobustnessReport report,
      Map<PersonId, String> personNames) {
    public Report {
      personNames = Map.copyOf(personNames);
    }
  }
}
