package org.attain.application.port.out;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
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

  /**
   * A cheap mark of everything {@link #on} reads for {@code organization} today: it changes with
   * every unit of work {@linkplain UnitOfWork#changing changing} the organization and with every
   * catalog version published, on any instance. Read in one statement, so that an evaluation can be
   * kept as long as its mark holds. Empty when the organization does not exist, or when the adapter
   * cannot tell (then nothing is kept).
   */
  default Optional<Mark> mark(OrganizationId organization) {
    return Optional.empty();
  }

  /**
   * @param changes how many units of work changing the organization have committed (a counter: only
   *     its equality means something)
   * @param latestCatalogVersion the newest catalog version stored, 0 when there is none
   */
  record Mark(long changes, int latestCatalogVersion) {}
}
