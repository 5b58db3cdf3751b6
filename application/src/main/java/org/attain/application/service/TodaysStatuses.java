package org.attain.application.service;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.attain.application.port.in.ReadCompetencies.Status;
import org.attain.application.port.out.Evidence;
import org.attain.domain.organization.OrganizationId;

/**
 * Organizations' competencies of a day, each kept with the evidence mark it was evaluated under: an
 * organization that did not change since is answered without reading or evaluating its facts. One
 * entry per organization at most, and at most {@code capacity} of them (past it, an arbitrary one
 * makes room: the next read of that organization evaluates it again).
 */
final class TodaysStatuses {

  private record Kept(Evidence.Mark mark, LocalDate day, Status status) {}

  private final int capacity;
  private final Map<OrganizationId, Kept> kept = new ConcurrentHashMap<>();

  TodaysStatuses(int capacity) {
    this.capacity = capacity;
  }

  /** The status kept for {@code organization} under exactly this mark and day. */
  Optional<Status> get(OrganizationId organization, Evidence.Mark mark, LocalDate day) {
    Kept found = kept.get(organization);
    return found != null && found.mark().equals(mark) && found.day().equals(day)
        ? Optional.of(found.status())
        : Optional.empty();
  }

  /** Keeps {@code status}, in place of what was kept for its organization; returns it. */
  Status keep(Evidence.Mark mark, LocalDate day, Status status) {
    if (kept.size() >= capacity && !kept.containsKey(status.organization())) {
      Iterator<OrganizationId> any = kept.keySet().iterator();
      if (any.hasNext()) {
        kept.remove(any.next());
      }
    }
    kept.put(status.organization(), new Kept(mark, day, status));
    return status;
  }
}
