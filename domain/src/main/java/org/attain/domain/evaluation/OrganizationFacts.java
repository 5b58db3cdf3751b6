package org.attain.domain.evaluation;

import java.util.List;
import org.attain.domain.metric.MetricReport;
import org.attain.domain.organization.Market;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.override.AgentOverride;
import org.attain.domain.shared.Guard;
import org.attain.domain.shared.ListGuard;

/**
 * What an evaluation looks at: the organization's market, its persons on the day, its metrics, and
 * the agents' overrides granted to it (R7), which the engine counts only on the days they hold.
 */
public record OrganizationFacts(
    OrganizationId organization,
    Market market,
    List<AssociatedPerson> persons,
    List<MetricReport> metrics,
    List<AgentOverride> overrides) {

  /** The facts of an organization no agent overrode anything for. */
  public OrganizationFacts(
      OrganizationId organization,
      Market market,
      List<AssociatedPerson> persons,
      List<MetricReport> metrics) {
    this(organization, market, persons, metrics, List.of());
  }

  public OrganizationFacts {
    Guard.present(organization, "organizationId");
    Guard.present(market, "market");
    persons = ListGuard.of(persons, "persons", 0, Integer.MAX_VALUE);
    ListGuard.distinct(persons, AssociatedPerson::person, "persons", "personId");
    metrics = ListGuard.of(metrics, "metrics", 0, Integer.MAX_VALUE);
    overrides = ListGuard.of(overrides, "overrides", 0, Integer.MAX_VALUE);
    for (AgentOverride override : overrides) {
      Guard.check(
          override.organization().equals(organization),
          "overrides",
          "overrides must be the organization's own");
    }
  }
}
