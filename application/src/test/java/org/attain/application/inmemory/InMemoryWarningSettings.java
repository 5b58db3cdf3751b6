package org.attain.application.inmemory;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.attain.application.port.out.WarningSettings;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.risk.Warnings;

/** Warning settings kept in a map. */
public final class InMemoryWarningSettings implements WarningSettings, Snapshotting {

  private final Map<OrganizationId, Warnings> stored = new HashMap<>();

  @Override
  public synchronized Map<OrganizationId, Warnings> of(Collection<OrganizationId> organizations) {
    Map<OrganizationId, Warnings> found = new HashMap<>();
    organizations.forEach(
        id -> {
          Warnings warnings = stored.get(id);
          if (warnings != null) {
            found.put(id, warnings);
          }
        });
    return found;
  }

  @Override
  public synchronized void save(OrganizationId organization, Warnings warnings) {
    stored.put(organization, warnings);
  }

  @Override
  public synchronized Runnable snapshot() {
    Map<OrganizationId, Warnings> copy = new HashMap<>(stored);
    return () -> {
      synchronized (this) {
        stored.clear();
        stored.putAll(copy);
      }
    };
  }
}
