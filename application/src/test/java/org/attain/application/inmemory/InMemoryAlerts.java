package org.attain.application.inmemory;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attain.application.error.ConflictException;
import org.attain.application.paging.Page;
import org.attain.application.paging.PageRequest;
import org.attain.application.port.out.Alerts;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.risk.Alert;
import org.attain.domain.risk.AlertId;

/**
 * Alerts kept in a map, in the order raised; alerts are immutable records. One ongoing alert per
 * organization and kind, as a database's partial unique index would enforce.
 */
public final class InMemoryAlerts implements Alerts, Snapshotting {

  private static final Comparator<Alert> NEWEST_FIRST =
      Comparator.comparing(Alert::raisedOn).reversed().thenComparing(a -> a.id().toString());

  private final Map<AlertId, Alert> stored = new LinkedHashMap<>();

  @Override
  public synchronized Alert save(Alert alert) {
    Alert current = stored.get(alert.id());
    long version = Versions.next(current == null ? null : current.version(), alert.version());
    if (alert.ongoing()
        && stored.values().stream()
            .anyMatch(
                a ->
                    !a.id().equals(alert.id())
                        && a.ongoing()
                        && a.organization().equals(alert.organization())
                        && a.kind() == alert.kind())) {
      throw ConflictException.concurrentUpdate();
    }
    Alert saved =
        new Alert(
            alert.id(),
            alert.organization(),
            alert.kind(),
            alert.level(),
            alert.cause(),
            alert.raisedOn(),
            alert.lapsesOn(),
            alert.lapsing(),
            alert.nowShort(),
            alert.restoreBy(),
            alert.keyPersons(),
            alert.acknowledgement(),
            alert.endedOn(),
            version);
    stored.put(saved.id(), saved);
    return saved;
  }

  @Override
  public synchronized Optional<Alert> findById(AlertId id) {
    return Optional.ofNullable(stored.get(id));
  }

  @Override
  public synchronized Map<OrganizationId, List<Alert>> ongoing(
      Collection<OrganizationId> organizations) {
    Map<OrganizationId, List<Alert>> found = new HashMap<>();
    for (OrganizationId organization : organizations) {
      List<Alert> ongoing = ongoing(organization);
      if (!ongoing.isEmpty()) {
        found.put(organization, ongoing);
      }
    }
    return found;
  }

  @Override
  public synchronized List<Alert> ongoing(OrganizationId organization) {
    return stored.values().stream()
        .filter(a -> a.organization().equals(organization) && a.ongoing())
        .toList();
  }

  @Override
  public synchronized Page<Alert> of(OrganizationId organization, PageRequest request) {
    return Paging.page(
        stored.values().stream()
            .filter(a -> a.organization().equals(organization))
            .sorted(NEWEST_FIRST)
            .toList(),
        request);
  }

  @Override
  public synchronized Runnable snapshot() {
    Map<AlertId, Alert> copy = new LinkedHashMap<>(stored);
    return () -> {
      synchronized (this) {
        stored.clear();
        stored.putAll(copy);
      }
    };
  }
}
