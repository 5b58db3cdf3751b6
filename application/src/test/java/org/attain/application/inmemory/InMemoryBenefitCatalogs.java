package org.attain.application.inmemory;

import org.attain.application.contract.ProgrammeBenefits;
import org.attain.application.port.out.BenefitCatalogs;
import org.attain.domain.benefit.BenefitCatalog;

/** A benefits catalog held in memory: the programme's, unless a test gives another. */
public final class InMemoryBenefitCatalogs implements BenefitCatalogs {

  private final BenefitCatalog catalog;

  public InMemoryBenefitCatalogs() {
    this(ProgrammeBenefits.catalog());
  }

  public InMemoryBenefitCatalogs(BenefitCatalog catalog) {
    this.catalog = catalog;
  }

  @Override
  public BenefitCatalog current() {
    return catalog;
  }
}
