package org.attain.adapter.persistence.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.attain.adapter.persistence.override.OverrideEntity;
import org.attain.adapter.persistence.override.OverrideRows;
import org.attain.application.port.out.Evidence;
import org.attain.domain.achievement.Achievement;
import org.attain.domain.achievement.AchievementCode;
import org.attain.domain.achievement.AchievementId;
import org.attain.domain.achievement.AchievementKind;
import org.attain.domain.evaluation.AssociatedPerson;
import org.attain.domain.evaluation.OrganizationFacts;
import org.attain.domain.metric.Metric;
import org.attain.domain.metric.MetricReport;
import org.attain.domain.metric.ReportedMetrics;
import org.attain.domain.organization.Market;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.override.AgentOverride;
import org.attain.domain.person.PersonId;

/**
 * The evidence of organizations on a day in three statements whatever their number and size: the
 * organizations with their metric reports and the newest catalog version, the persons associated
 * that day with their achievements, the overrides. Plain columns rather than entities where rows
 * are many, so that nothing is kept in the session or dirty-checked when a change flushes.
 */
@ApplicationScoped
public class PanacheEvidence implements Evidence {

  private final EntityManager entityManager;

  PanacheEvidence(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public Gathered on(Collection<OrganizationId> organizations, LocalDate day) {
    List<UUID> ids = organizations.stream().map(OrganizationId::value).distinct().toList();
    if (ids.isEmpty()) {
      return new Gathered(Map.of(), latestCatalogVersion());
    }
    Map<UUID, Building> building = new LinkedHashMap<>();
    int latestCatalogVersion = organizationsAndMetrics(ids, day, building);
    personsAndAchievements(ids, day, building);
    overrides(ids, building);
    Map<OrganizationId, OfOrganization> gathered = new HashMap<>();
    building.forEach((id, b) -> gathered.put(new OrganizationId(id), b.build(id)));
    return new Gathered(gathered, latestCatalogVersion);
  }

  /**
   * The organizations, each with its reports in recording order (those that can count on the day or
   * later: ended at most a year before it), and the newest catalog version.
   */
  private int organizationsAndMetrics(List<UUID> ids, LocalDate day, Map<UUID, Building> building) {
    List<Object[]> rows =
        entityManager
            .createQuery(
                "select o.id, o.market, (select max(c.version) from CatalogVersionEntity c),"
                    + " m.metric, m.value, m.periodStart, m.periodEnd"
                    + " from OrganizationEntity o left join MetricReportEntity m"
                    + " on m.organizationId = o.id and m.periodEnd >= :oldest"
                    + " where o.id in :ids order by o.id, m.id",
                Object[].class)
            .setParameter("ids", ids)
            .setParameter("oldest", day.minus(ReportedMetrics.MAX_AGE))
            .getResultList();
    int latest = 0;
    for (Object[] row : rows) {
      Building organization =
          building.computeIfAbsent((UUID) row[0], id -> new Building((Market) row[1]));
      latest = row[2] == null ? 0 : ((Number) row[2]).intValue();
      if (row[3] != null) {
        organization.metrics.add(
            new MetricReport(
                (Metric) row[3], (BigDecimal) row[4], (LocalDate) row[5], (LocalDate) row[6]));
      }
    }
    return rows.isEmpty() ? latestCatalogVersion() : latest;
  }

  private void personsAndAchievements(List<UUID> ids, LocalDate day, Map<UUID, Building> building) {
    List<Object[]> rows =
        entityManager
            .createQuery(
                "select a.organizationId, p.id, p.name, h.id, h.kind, h.code, h.earnedOn,"
                    + " h.expiresOn, h.creditEndsOn"
                    + " from PersonEntity p join p.associations a"
                    + " left join AchievementEntity h on h.holderId = p.id"
                    + " where a.organizationId in :ids and a.since <= :day"
                    + " and (a.until is null or a.until > :day)"
                    + " order by p.id, h.earnedOn, h.code, h.id",
                Object[].class)
            .setParameter("ids", ids)
            .setParameter("day", day)
            .getResultList();
    for (Object[] row : rows) {
      Building organization = building.get((UUID) row[0]);
      if (organization == null) {
        continue;
      }
      PersonId person = new PersonId((UUID) row[1]);
      List<Achievement> held = organization.person(person, (String) row[2]);
      if (row[3] != null) {
        held.add(
            new Achievement(
                new AchievementId((UUID) row[3]),
                person,
                (AchievementKind) row[4],
                new AchievementCode((String) row[5]),
                (LocalDate) row[6],
                (LocalDate) row[7],
                (LocalDate) row[8]));
      }
    }
  }

  private void overrides(List<UUID> ids, Map<UUID, Building> building) {
    entityManager
        .createQuery(
            "select o from OverrideEntity o where o.organizationId in :ids order by o.grantSeq",
            OverrideEntity.class)
        .setParameter("ids", ids)
        .getResultList()
        .stream()
        .map(OverrideRows::toDomain)
        .forEach(
            override -> {
              Building organization = building.get(override.organization().value());
              if (organization != null) {
                organization.overrides.add(override);
              }
            });
  }

  private int latestCatalogVersion() {
    Integer latest =
        entityManager
            .createQuery("select max(c.version) from CatalogVersionEntity c", Integer.class)
            .getSingleResult();
    return latest == null ? 0 : latest;
  }

  /** One organization's evidence as the rows arrive. */
  private static final class Building {
    final Market market;
    final List<MetricReport> metrics = new ArrayList<>();
    final List<AgentOverride> overrides = new ArrayList<>();
    final Map<PersonId, List<Achievement>> achievements = new LinkedHashMap<>();
    final Map<PersonId, String> names = new HashMap<>();

    Building(Market market) {
      this.market = market;
    }

    List<Achievement> person(PersonId person, String name) {
      names.putIfAbsent(person, name);
      return achievements.computeIfAbsent(person, p -> new ArrayList<>());
    }

    OfOrganization build(UUID id) {
      List<AssociatedPerson> persons = new ArrayList<>(achievements.size());
      achievements.forEach((person, held) -> persons.add(new AssociatedPerson(person, held)));
      return new OfOrganization(
          new OrganizationFacts(new OrganizationId(id), market, persons, metrics, overrides),
          names);
    }
  }
}
