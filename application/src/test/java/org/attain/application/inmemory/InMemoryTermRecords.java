package org.attain.application.inmemory;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attain.application.port.out.TermRecords;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.evaluation.AttainedLevel;
import org.attain.domain.membership.MembershipTerm;
import org.attain.domain.membership.TermAttainments;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.profile.ShownCompetency;

/** Term records and shown competencies kept in maps; the in-memory search reads the latter. */
public final class InMemoryTermRecords implements TermRecords, Snapshotting {

  private record TermKey(OrganizationId organization, MembershipTerm term) {}

  private record Shown(List<ShownCompetency> competencies, LocalDate until) {}

  private final Map<TermKey, TermAttainments> records = new HashMap<>();
  private final Map<OrganizationId, Shown> shown = new HashMap<>();

  @Override
  public synchronized void save(TermAttainments record, List<ShownCompetency> competencies) {
    TermKey key = new TermKey(record.organization(), record.term());
    Map<CompetencyId, AttainedLevel> raised =
        new HashMap<>(find(record.organization(), record.term()).highest());
    record
        .highest()
        .forEach(
            (competency, level) ->
                raised.merge(competency, level, (a, b) -> a.includes(b) ? a : b));
    records.put(key, new TermAttainments(record.organization(), record.term(), raised));
    shown.put(
        record.organization(),
        new Shown(List.copyOf(competencies), record.term().renewalWindowEndsOn()));
  }

  @Override
  public synchronized TermAttainments find(OrganizationId organization, MembershipTerm term) {
    TermAttainments found = records.get(new TermKey(organization, term));
    return found != null ? found : TermAttainments.startOf(organization, term);
  }

  @Override
  public synchronized Map<OrganizationId, Kept> kept(Map<OrganizationId, MembershipTerm> terms) {
    Map<OrganizationId, Kept> kept = new HashMap<>();
    terms.forEach(
        (organization, term) -> {
          Shown current = shown.get(organization);
          kept.put(
              organization,
              new Kept(
                  find(organization, term), current == null ? List.of() : current.competencies()));
        });
    return kept;
  }

  @Override
  public synchronized Map<OrganizationId, List<ShownCompetency>> shownOn(
      Collection<OrganizationId> organizations, LocalDate day) {
    Map<OrganizationId, List<ShownCompetency>> found = new HashMap<>();
    for (OrganizationId organization : organizations) {
      List<ShownCompetency> competencies =
          shownOn(organization, day).stream()
              .sorted(
                  Comparator.comparing(ShownCompetency::level)
                      .reversed()
                      .thenComparing(c -> c.competency().value()))
              .toList();
      if (!competencies.isEmpty()) {
        found.put(organization, competencies);
      }
    }
    return found;
  }

  /** What the organization's profile shows on {@code day}, as the search reads it. */
  synchronized List<ShownCompetency> shownOn(OrganizationId organization, LocalDate day) {
    Shown current = shown.get(organization);
    return current == null || day.isAfter(current.until()) ? List.of() : current.competencies();
  }

  @Override
  public synchronized Runnable snapshot() {
    Map<TermKey, TermAttainments> recordsCopy = Map.copyOf(records);
    Map<OrganizationId, Shown> shownCopy = Map.copyOf(shown);
    return () -> {
      synchronized (this) {
        records.clear();
        records.putAll(recordsCopy);
        shown.clear();
        shown.putAll(shownCopy);
      }
    };
  }
}
