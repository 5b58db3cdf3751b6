package org.attain.application.inmemory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attain.application.paging.Page;
import org.attain.application.paging.PageRequest;
import org.attain.application.port.out.CompetencyHistories;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.risk.CompetencyStateChange;

/** The competency history as one list in the order appended; entries are immutable records. */
public final class InMemoryCompetencyHistories implements CompetencyHistories, Snapshotting {

  private final List<CompetencyStateChange> entries = new ArrayList<>();

  @Override
  public synchronized void append(List<CompetencyStateChange> changes) {
    entries.addAll(List.copyOf(changes));
  }

  @Override
  public synchronized Map<OrganizationId, Map<CompetencyId, CompetencyStateChange>> latest(
      Collection<OrganizationId> organizations) {
    Map<OrganizationId, Map<CompetencyId, CompetencyStateChange>> found = new HashMap<>();
    for (OrganizationId organization : organizations) {
      Map<CompetencyId, CompetencyStateChange> latest = latest(organization);
      if (!latest.isEmpty()) {
        found.put(organization, latest);
      }
    }
    return found;
  }

  @Override
  public synchronized Map<CompetencyId, CompetencyStateChange> latest(OrganizationId organization) {
    Map<CompetencyId, CompetencyStateChange> latest = new HashMap<>();
    entries.stream()
        .filter(e -> e.organization().equals(organization))
        .forEach(e -> latest.put(e.competency(), e));
    return latest;
  }

  @Override
  public synchronized Page<CompetencyStateChange> of(
      OrganizationId organization, Optional<CompetencyId> competency, PageRequest request) {
    return Paging.page(
        entries.stream()
            .filter(e -> e.organization().equals(organization))
            .filter(e -> competency.map(e.competency()::equals).orElse(true))
            .toList(),
        request);
  }

  @Override
  public synchronized Runnable snapshot() {
    List<CompetencyStateChange> copy = List.copyOf(entries);
    return () -> {
      synchronized (this) {
        entries.clear();
        entries.addAll(copy);
      }
    };
  }
}
