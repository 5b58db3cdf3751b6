package org.attain.application.inmemory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attain.application.paging.Page;
import org.attain.application.paging.PageRequest;
import org.attain.application.port.out.Overrides;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.override.AgentOverride;
import org.attain.domain.override.OverrideId;

/**
 * Overrides kept in a map in the order granted. An override is revoked in place, so each one is
 * copied on the way in and out: a revocation is seen only once saved.
 */
public final class InMemoryOverrides implements Overrides, Snapshotting {

  private final Map<OverrideId, AgentOverride> stored = new LinkedHashMap<>();

  @Override
  public synchronized AgentOverride save(AgentOverride override) {
    AgentOverride current = stored.get(override.id());
    long version =
        Versions.next(
            current == null ? null : current.version().orElseThrow(),
            override.version().orElse(null));
    AgentOverride saved = copy(override, version);
    stored.put(saved.id(), saved);
    return copy(saved, version);
  }

  @Override
  public synchronized Optional<AgentOverride> findById(OverrideId id) {
    return Optional.ofNullable(stored.get(id)).map(InMemoryOverrides::copy);
  }

  @Override
  public synchronized List<AgentOverride> ofOrganization(OrganizationId organization) {
    return stored.values().stream()
        .filter(o -> o.organization().equals(organization))
        .map(InMemoryOverrides::copy)
        .toList();
  }

  @Override
  public synchronized Page<AgentOverride> listOf(OrganizationId organization, PageRequest request) {
    List<AgentOverride> latestFirst = new ArrayList<>(ofOrganization(organization));
    return Paging.page(latestFirst.reversed(), request);
  }

  @Override
  public synchronized Runnable snapshot() {
    Map<OverrideId, AgentOverride> copy = new LinkedHashMap<>();
    stored.forEach((id, override) -> copy.put(id, copy(override)));
    return () -> {
      synchronized (this) {
        stored.clear();
        stored.putAll(copy);
      }
    };
  }

  private static AgentOverride copy(AgentOverride override) {
    return copy(override, override.version().orElseThrow());
  }

  private static AgentOverride copy(AgentOverride override, long version) {
    return AgentOverride.restore(
        override.id(),
        override.organization(),
        override.competency(),
        override.grant(),
        override.agent(),
        override.reason(),
        override.grantedOn(),
        override.startsOn(),
        override.lastDay(),
        override.revocation().orElse(null),
        version);
  }
}
