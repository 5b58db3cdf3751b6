package org.attain.application.inmemory;

import org.attain.application.contract.CatalogsContract;
import org.attain.application.port.out.Catalogs;

/** The in-memory catalog versions honour the store contract. */
class InMemoryCatalogsTest extends CatalogsContract {

  private final InMemoryCatalogs catalogs = new InMemoryCatalogs();

  @Override
  protected Catalogs catalogs() {
    return catalogs;
  }
}
