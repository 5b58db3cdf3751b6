package org.attain.application.inmemory;

import org.attain.application.contract.WarningSettingsContract;
import org.attain.application.port.out.Organizations;
import org.attain.application.port.out.WarningSettings;

/** The in-memory warning settings honour the store contract. */
class InMemoryWarningSettingsTest extends WarningSettingsContract {

  private final InMemoryWarningSettings settings = new InMemoryWarningSettings();
  private final InMemoryOrganizations organizations = new InMemoryOrganizations();

  @Override
  protected WarningSettings settings() {
    return settings;
  }

  @Override
  protected Organizations organizations() {
    return organizations;
  }
}
