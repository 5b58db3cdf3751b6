package org.attain.domain.whatif;

import org.attain.domain.catalog.Catalog;
import org.attain.domain.evaluation.OrganizationFacts;
import org.attain.domain.shared.Guard;

/** What an evaluation looks at: an organization's facts and the catalog to evaluate them by. */
public record Situation(OrganizationFacts facts, Catalog catalog) {

  public Situation {
    Guard.present(facts, "facts");
    Guard.present(catalog, "catalog");
  }
}
