package org.attain.adapter.persistence.term;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.attain.adapter.persistence.NativeColumns;
import org.attain.adapter.persistence.StoreConflicts;
import org.attain.application.port.out.TermRecords;
import org.attain.domain.catalog.CompetencyId;
import org.attain.domain.catalog.Level;
import org.attain.domain.evaluation.AttainedLevel;
import org.attain.domain.membership.MembershipTerm;
import org.attain.domain.membership.TermAttainments;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.profile.ShownCompetency;

/**
 * Term records and the profile's shown competencies, in the tables of V5__term_records.sql; runs
 * inside the caller's unit of work. Plain SQL rows rather than entities: a record is only raised
 * row by row (insert a new competency, raise Silver to Gold), which no stale copy can undo, and the
 * shown competencies are a projection replaced whole.
 */
@ApplicationScoped
public class PanacheTermRecords implements TermRecords {

  private final EntityManager entityManager;

  PanacheTermRecords(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public void save(TermAttainments record, List<ShownCompetency> shown) {
    try {
      raise(record);
      replaceShown(record, shown);
    } catch (RuntimeException failure) {
      throw StoreConflicts.translate(failure);
    }
  }

  private void raise(TermAttainments record) {
    TermAttainments stored = find(record.organization(), record.term()); // one statement
    record
        .highest()
        .forEach(
            (competency, level) -> {
              AttainedLevel before = stored.highestIn(competency);
              if (before == AttainedLevel.NONE) {
                termStatement(
                        "INSERT INTO term_attainment (organization_id, term_starts_on,"
                            + " term_ends_on, competency_id, highest_level) VALUES (:organization,"
                            + " :startsOn, :endsOn, :competency, :level)",
                        record.organization(),
                        record.term())
                    .setParameter("competency", competency.value())
                    .setParameter("level", level.name())
                    .executeUpdate();
              } else if (!before.includes(level)) {
                termStatement(
                        "UPDATE term_attainment SET highest_level = :level"
                            + " WHERE organization_id = :organization AND term_starts_on ="
                            + " :startsOn AND term_ends_on = :endsOn AND competency_id = :competency",
                        record.organization(),
                        record.term())
                    .setParameter("competency", competency.value())
                    .setParameter("level", level.name())
                    .executeUpdate();
              }
            });
  }

  private void replaceShown(TermAttainments record, List<ShownCompetency> shown) {
    UUID organization = record.organization().value();
    entityManager
        .createNativeQuery(
            "DELETE FROM profile_shown_competency WHERE organization_id = :organization")
        .setParameter("organization", organization)
        .executeUpdate();
    for (ShownCompetency competency : shown) {
      entityManager
          .createNativeQuery(
              "INSERT INTO profile_shown_competency (organization_id, competency_id,"
                  + " shown_level, shown_until) VALUES (:organization, :competency, :level,"
                  + " :until)")
          .setParameter("organization", organization)
          .setParameter("competency", competency.competency().value())
          .setParameter("level", competency.level().name())
          .setParameter("until", record.term().renewalWindowEndsOn())
          .executeUpdate();
    }
  }

  /** Two statements whatever their number: the records' rows, then the shown rows. */
  @Override
  public Map<OrganizationId, Kept> kept(Map<OrganizationId, MembershipTerm> terms) {
    if (terms.isEmpty()) {
      return Map.of();
    }
    List<UUID> ids = terms.keySet().stream().map(OrganizationId::value).toList();
    Map<OrganizationId, Map<CompetencyId, AttainedLevel>> highest = new HashMap<>();
    for (Object[] row :
        rows(
            "SELECT organization_id, term_starts_on, term_ends_on, competency_id, highest_level"
                + " FROM term_attainment WHERE organization_id IN (:organizations)",
            ids)) {
      OrganizationId organization = new OrganizationId(NativeColumns.uuid(row[0]));
      MembershipTerm term = terms.get(organization);
      if (term.startsOn().equals(NativeColumns.date(row[1]))
          && term.endsOn().equals(NativeColumns.date(row[2]))) {
        highest
            .computeIfAbsent(organization, o -> new HashMap<>())
            .put(new CompetencyId((String) row[3]), AttainedLevel.valueOf((String) row[4]));
      }
    }
    Map<OrganizationId, List<ShownCompetency>> shown = new HashMap<>();
    for (Object[] row :
        rows(
            "SELECT organization_id, competency_id, shown_level FROM profile_shown_competency"
                + " WHERE organization_id IN (:organizations)",
            ids)) {
      shown
          .computeIfAbsent(new OrganizationId(NativeColumns.uuid(row[0])), o -> new ArrayList<>())
          .add(
              new ShownCompetency(
                  new CompetencyId((String) row[1]), Level.valueOf((String) row[2])));
    }
    Map<OrganizationId, Kept> kept = new HashMap<>();
    terms.forEach(
        (organization, term) ->
            kept.put(
                organization,
                new Kept(
                    new TermAttainments(
                        organization, term, highest.getOrDefault(organization, Map.of())),
                    shown.getOrDefault(organization, List.of()))));
    return kept;
  }

  /** One statement, along the shown competencies' primary key. */
  @Override
  public Map<OrganizationId, List<ShownCompetency>> shownOn(
      Collection<OrganizationId> organizations, LocalDate day) {
    if (organizations.isEmpty()) {
      return Map.of();
    }
    Query query =
        entityManager
            .createNativeQuery(
                "SELECT organization_id, competency_id, shown_level FROM profile_shown_competency"
                    + " WHERE organization_id IN (:organizations) AND shown_until >= :day"
                    + " ORDER BY CASE shown_level WHEN 'GOLD' THEN 0 ELSE 1 END, competency_id")
            .setParameter(
                "organizations", organizations.stream().map(OrganizationId::value).toList())
            .setParameter("day", day);
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    Map<OrganizationId, List<ShownCompetency>> shown = new HashMap<>();
    for (Object[] row : rows) {
      shown
          .computeIfAbsent(new OrganizationId(NativeColumns.uuid(row[0])), o -> new ArrayList<>())
          .add(
              new ShownCompetency(
                  new CompetencyId((String) row[1]), Level.valueOf((String) row[2])));
    }
    return shown;
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, List<UUID> organizations) {
    return entityManager
        .createNativeQuery(sql)
        .setParameter("organizations", organizations)
        .getResultList();
  }

  private Query termStatement(String sql, OrganizationId organization, MembershipTerm term) {
    return entityManager
        .createNativeQuery(sql)
        .setParameter("organization", organization.value())
        .setParameter("startsOn", term.startsOn())
        .setParameter("endsOn", term.endsOn());
  }
}
