package org.attain.application.inmemory;

import org.attain.application.contract.BenefitCatalogsContract;
import org.attain.application.port.out.BenefitCatalogs;

/** The in-memory benefits catalog honours the store contract. */
class InMemoryBenefitCatalogsTest extends BenefitCatalogsContract {

  private final InMemoryBenefitCatalogs catalogs = new InMemoryBenefitCatalogs();

  @Override
  protected BenefitCatalogs catalogs() {
    return catalogs;
  }
}
