package org.attain.domain.evaluation;

import java.util.List;
import org.attain.domain.metric.MetricReport;
import org.attain.domain.organization.Market;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.shared.Guard;
import org.attain.domain.shared.ListGuard;

/** What an evaluation looks at: the organization's market, its persons on the day, its metrics. */
public record OrganizationFacts(
    OrganizationId organization,
    Market market,
    List<AssociatedPerson> persons,
    List<MetricReport> metrics) {

  public OrganizationFacts {
    Guard.present(organization, "organizationId");
    Guard.present(market, "market");
    persons = ListGuard.of(persons, "persons", 0, Integer.MAX_VALUE);
    ListGuard.distinct(persons, AssociatedPerson::person, "persons", "personId");
    metrics = ListGuard.of(metrics, "metrics", 0, Integer.MAX_VALUE);
  }
}
