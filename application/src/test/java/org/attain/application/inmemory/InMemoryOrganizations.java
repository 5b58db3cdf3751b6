package org.attain.application.inmemory;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attain.application.paging.Page;
import org.attain.application.paging.PageRequest;
import org.attain.application.port.out.Organizations;
import org.attain.domain.organization.Organization;
import org.attain.domain.organization.OrganizationId;

/** Organizations kept in a map; organizations are immutable records, so no copying is needed. */
public final class InMemoryOrganizations implements Organizations, Snapshotting {

  static final Comparator<Organization> BY_NAME_THEN_ID =
      Comparator.comparing(Organization::name).thenComparing(o -> o.id().toString());

  private final Map<OrganizationId, Organization> stored = new HashMap<>();

  @Override
  public synchronized Organization save(Organization organization) {
    Organization current = stored.get(organization.id());
    long version =
        Versions.next(current == null ? null : current.version(), organization.version());
    Organization saved =
        new Organization(
            organization.id(),
            organization.name(),
            organization.country(),
            organization.market(),
            organization.admins(),
            version);
    stored.put(saved.id(), saved);
    return saved;
  }

  @Override
  public synchronized Optional<Organization> findById(OrganizationId id) {
    return Optional.ofNullable(stored.get(id));
  }

  @Override
  public synchronized Map<OrganizationId, Organization> findAll(Collection<OrganizationId> ids) {
    Map<OrganizationId, Organization> found = new HashMap<>();
    ids.forEach(id -> findById(id).ifPresent(o -> found.put(id, o)));
    return found;
  }

  @Override
  public synchronized boolean exists(OrganizationId id) {
    return stored.containsKey(id);
  }

  @Override
  public synchronized Page<Organization> list(PageRequest request) {
    return Paging.page(stored.values().stream().sorted(BY_NAME_THEN_ID).toList(), request);
  }

  @Override
  public synchronized Runnable snapshot() {
    Map<OrganizationId, Organization> copy = Map.copyOf(stored);
    return () -> {
      synchronized (this) {
        stored.clear();
        stored.putAll(copy);
      }
    };
  }

  /** Every stored organization, for tests that check nothing was written. */
  public synchronized List<Organization> all() {
    return stored.values().stream().sorted(BY_NAME_THEN_ID).toList();
  }
}
