package org.attain.application.port.out;

import org.attain.domain.benefit.BenefitCatalog;

/** The benefits catalog (R9): the programme's offers, kept as data rather than code. */
public interface BenefitCatalogs {

  /** Every offer of the catalog, in catalog order: the action pack first. */
  BenefitCatalog current();
}
