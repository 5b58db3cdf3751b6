package org.attain.application.reevaluation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attain.application.error.NotFoundException;
import org.attain.application.port.out.Evidence;
import org.attain.domain.catalog.Catalog;
import org.attain.domain.catalog.CatalogHistory;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.person.PersonId;
import org.attain.domain.shared.RuleViolationException;

/**
 * The evaluator call: organizations' evidence read in one go, evaluated against the catalog in
 * force on the day (parsed once, kept until a version is published). What the competency reads, the
 * membership rules (R4, R5) and every re-evaluation look at. Runs inside the caller's unit of work.
 */
public final class Evaluations {

  private final Evidence evidence;
  private final CatalogCache catalogs;

  public Evaluations(Evidence evidence, CatalogCache catalogs) {
    this.evidence = evidence;
    this.catalogs = catalogs;
  }

  /**
   * The organization evaluated on {@code day}.
   *
   * @throws NotFoundException when it does not exist
   * @throws RuleViolationException ({@code no-catalog-in-force}) before the first catalog version
   */
  public Evaluated of(OrganizationId organization, LocalDate day) {
    Evidence.Gathered gathered = evidence.on(List.of(organization), day);
    Evidence.OfOrganization found = gathered.organizations().get(organization);
    if (found == null) {
      throw new NotFoundException("organization", organization);
    }
    CatalogHistory history = catalogs.history(gathered.latestCatalogVersion());
    Catalog catalog =
        history
            .inForceOn(day)
            .orElseThrow(
                () ->
                    new RuleViolationException(
                        "no-catalog-in-force", "no competency catalog was in force on " + day));
    return Evaluated.of(found.facts(), history, catalog, day);
  }

  /** The organization's evidence mark ({@link Evidence#mark}): read it before its evidence. */
  public Optional<Evidence.Mark> mark(OrganizationId organization) {
    return evidence.mark(organization);
  }

  /** The names of {@code persons}, to show who fills a step. */
  public Map<PersonId, String> names(Collection<PersonId> persons) {
    return persons.isEmpty() ? Map.of() : evidence.names(persons);
  }

  /**
   * Each of {@code organizations} that exists, evaluated on {@code day}, in their order; none on a
   * day no catalog is in force (there is nothing to attain then).
   */
  public Map<OrganizationId, Evaluated> of(
      Collection<OrganizationId> organizations, LocalDate day) {
    Evidence.Gathered gathered = evidence.on(organizations, day);
    CatalogHistory history = catalogs.history(gathered.latestCatalogVersion());
    Optional<Catalog> catalog = history.inForceOn(day);
    Map<OrganizationId, Evaluated> evaluated = new LinkedHashMap<>();
    if (catalog.isEmpty()) {
      return evaluated;
    }
    for (OrganizationId id : organizations) {
      Evidence.OfOrganization found = gathered.organizations().get(id);
      if (found != null && !evaluated.containsKey(id)) {
        evaluated.put(id, Evaluated.of(found.facts(), history, catalog.get(), day));
      }
    }
    return evaluated;
  }
}
