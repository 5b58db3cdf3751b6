package org.attain.application.port.out;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import org.attain.domain.evaluation.OrganizationFacts;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.person.PersonId;

/**
 * What evaluating organizations on a day looks at, read together: each one's market, the persons
 * associated with it that day with their achievements, its metric reports and overrides (R1, R7),
 * and the newest catalog version stored, so that a parsed catalog can be kept until a version is
 * published. An adapter reads it in a fixed number of statements whatever the number of
 * organizations, persons and achievements.
 */
public interface Evidence {

  /**
   * The evidence of each of {@code organizations} that exists, on {@code day}. What counts on no
   * day from {@code day} on may be left out: achievements expired or out of credit before it, and
   * metric reports whose period ended more than a year before it.
   */
  Gathered on(Collection<OrganizationId> organizations, LocalDate day);

  /**
   * @param organizations the evidence by organization; an organization that does not exist is
   *     absent
   * @param latestCatalogVersion the newest catalog version stored, 0 when there is none
   */
  record Gathered(Map<OrganizationId, OfOrganization> organizations, int latestCatalogVersion) {
    public Gathered {
      organizations = Map.copyOf(organizations);
    }
  }

  /** One organization's facts. */
  record OfOrganization(OrganizationFacts facts) {}

  /** The names of {@code persons}, for showing who fills a step; in one read. */
  Map<PersonId, String> names(Collection<PersonId> persons);
}
