package org.attain.application.inmemory;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.attain.application.port.out.Memberships;
import org.attain.domain.membership.Membership;
import org.attain.domain.organization.OrganizationId;

/**
 * Memberships kept in a map. A membership records purchases in place, so each one is copied on the
 * way in and out: a change is seen only once saved.
 */
public final class InMemoryMemberships implements Memberships, Snapshotting {

  private static final Comparator<OrganizationId> ORDER =
      Comparator.comparing(OrganizationId::value);

  private final Map<OrganizationId, Membership> stored = new HashMap<>();

  @Override
  public synchronized Membership save(Membership membership) {
    Membership current = stored.get(membership.organization());
    long version =
        Versions.next(
            current == null ? null : current.version().orElseThrow(),
            membership.version().orElse(null));
    Membership saved =
        Membership.restore(membership.organization(), membership.purchases(), version);
    stored.put(saved.organization(), saved);
    return copy(saved);
  }

  @Override
  public synchronized Optional<Membership> findByOrganization(OrganizationId organization) {
    return Optional.ofNullable(stored.get(organization)).map(InMemoryMemberships::copy);
  }

  @Override
  public synchronized Map<OrganizationId, Membership> findByOrganizations(
      Collection<OrganizationId> organizations) {
    Map<OrganizationId, Membership> found = new HashMap<>();
    organizations.stream()
        .filter(stored::containsKey)
        .forEach(id -> found.put(id, copy(stored.get(id))));
    return found;
  }

  @Override
  public synchronized List<OrganizationId> paidOn(
      LocalDate day, Optional<OrganizationId> after, int limit) {
    return paid(day)
        .filter(id -> after.isEmpty() || ORDER.compare(id, after.get()) > 0)
        .limit(limit)
        .toList();
  }

  @Override
  public synchronized List<OrganizationId> paidBetween(
      LocalDate day, OrganizationId first, OrganizationId last) {
    return paid(day)
        .filter(id -> ORDER.compare(id, first) >= 0 && ORDER.compare(id, last) <= 0)
        .toList();
  }

  /** Every stored membership, copied. */
  synchronized List<Membership> all() {
    return stored.values().stream().map(InMemoryMemberships::copy).toList();
  }

  private Stream<OrganizationId> paid(LocalDate day) {
    return stored.values().stream()
        .filter(m -> m.purchases().stream().anyMatch(p -> p.term().intactOn(day)))
        .map(Membership::organization)
        .sorted(ORDER);
  }

  @Override
  public synchronized Runnable snapshot() {
    Map<OrganizationId, Membership> copy = Map.copyOf(stored);
    return () -> {
      synchronized (this) {
        stored.clear();
        stored.putAll(copy);
      }
    };
  }

  private static Membership copy(Membership membership) {
    return Membership.restore(
        membership.organization(), membership.purchases(), membership.version().orElseThrow());
  }
}
