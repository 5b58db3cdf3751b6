package org.attain.adapter.persistence.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.hibernate.Session;

/**
 * The evidence of organizations on a day in three statements whatever their number and size: the
 * organizations with their metric reports, how many overrides they have and the newest catalog
 * version, the persons associated that day with their achievements, and the overrides (only when
 * some organization has any, so most reads take two). The first two, whose rows are many, are plain
 * JDBC on the unit of work's connection: nothing is kept in the session or dirty-checked when a
 * change flushes, and no query is translated on every read. Its {@linkplain #mark mark} is one more
 * primary-key read.
 */
@ApplicationScoped
public class PanacheEvidence implements Evidence {

  private final EntityManager entityManager;
  private final Session session;

  PanacheEvidence(EntityManager entityManager, Session session) {
    this.entityManager = entityManager;
    this.session = session;
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
    List<UUID> overridden =
        building.entrySet().stream()
            .filter(e -> e.getValue().overridden)
            .map(Map.Entry::getKey)
            .toList();
    if (!overridden.isEmpty()) {
      overrides(overridden, building);
    }
    Map<OrganizationId, OfOrganization> gathered = new HashMap<>();
    building.forEach((id, b) -> gathered.put(new OrganizationId(id), b.build(id)));
    return new Gathered(gathered, latestCatalogVersion);
  }

  /**
   * The organizations, each with its reports in recording order (those that can count on the day or
   * later: ended at most a year before it), and the newest catalog version. Plain JDBC: the rows
   * become domain values directly, with no entity or query translation in between.
   */
  private int organizationsAndMetrics(List<UUID> ids, LocalDate day, Map<UUID, Building> building) {
    String sql =
        "SELECT o.id, o.market, (SELECT MAX(version) FROM catalog_version), m.metric,"
            + " m.metric_value, m.period_start, m.period_end,"
            + " (SELECT COUNT(*) FROM agent_override v WHERE v.organization_id = o.id)"
            + " FROM organization o LEFT JOIN metric_report m"
            + " ON m.organization_id = o.id AND m.period_end >= ?"
            + " WHERE o.id IN ("
            + placeholders(ids.size())
            + ") ORDER BY o.id, m.id";
    return session.doReturningWork(
        connection -> {
          try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, day.minus(ReportedMetrics.MAX_AGE));
            bind(statement, 2, ids);
            int latest = -1;
            try (ResultSet row = statement.executeQuery()) {
              while (row.next()) {
                Building organization =
                    building.computeIfAbsent(
                        row.getObject(1, UUID.class), id -> new Building(market(row)));
                latest = row.getInt(3);
                organization.overridden = row.getLong(8) > 0;
                String metric = row.getString(4);
                if (metric != null) {
                  organization.metrics.add(
                      new MetricReport(
                          Metric.valueOf(metric),
                          row.getBigDecimal(5),
                          row.getObject(6, LocalDate.class),
                          row.getObject(7, LocalDate.class)));
                }
              }
            }
            return latest < 0 ? latestCatalogVersion() : latest;
          }
        });
  }

  private static Market market(ResultSet row) {
    try {
      return Market.valueOf(row.getString(2));
    } catch (SQLException failure) {
      throw new IllegalStateException(failure);
    }
  }

  private void personsAndAchievements(List<UUID> ids, LocalDate day, Map<UUID, Building> building) {
    String sql =
        "SELECT a.organization_id, a.person_id, h.id, h.kind, h.code, h.earned_on,"
            + " h.expires_on, h.credit_ends_on"
            + " FROM person_association a LEFT JOIN achievement h ON h.holder_id = a.person_id"
            // an achievement expired or out of credit before the day counts on no day from it on
            + " AND (h.expires_on IS NULL OR h.expires_on >= ?)"
            + " AND (h.credit_ends_on IS NULL OR h.credit_ends_on >= ?)"
            + " WHERE a.organization_id IN ("
            + placeholders(ids.size())
            + ") AND a.since <= ? AND (a.until IS NULL OR a.until > ?)";
    // Unsorted: sorting thousands of rows costs the database more than sorting each person's few
    // achievements here; the engine numbers persons by id itself.
    Map<String, AchievementCode> codes = new HashMap<>();
    session.doWork(
        connection -> {
          try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, day);
            statement.setObject(2, day);
            int next = bind(statement, 3, ids);
            statement.setObject(next, day);
            statement.setObject(next + 1, day);
            try (ResultSet row = statement.executeQuery()) {
              while (row.next()) {
                Building organization = building.get(row.getObject(1, UUID.class));
                if (organization == null) {
                  continue;
                }
                PersonId person = new PersonId(row.getObject(2, UUID.class));
                List<Achievement> held = organization.person(person);
                UUID achievement = row.getObject(3, UUID.class);
                if (achievement != null) {
                  held.add(
                      new Achievement(
                          new AchievementId(achievement),
                          person,
                          AchievementKind.valueOf(row.getString(4)),
                          codes.computeIfAbsent(row.getString(5), AchievementCode::new),
                          row.getObject(6, LocalDate.class),
                          row.getObject(7, LocalDate.class),
                          row.getObject(8, LocalDate.class)));
                }
              }
            }
          }
        });
  }

  /** Binds {@code ids} from parameter {@code first} on; the next parameter's index. */
  private static int bind(PreparedStatement statement, int first, List<UUID> ids)
      throws SQLException {
    int index = first;
    for (UUID id : ids) {
      statement.setObject(index++, id);
    }
    return index;
  }

  private static String placeholders(int count) {
    return String.join(", ", Collections.nCopies(count, "?"));
  }

  private void overrides(List<UUID> ids, Map<UUID, Building> building) {
    entityManager
        .createQuery(
            ids.size() == 1
                // one organization: a query whose translation Hibernate keeps
                ? "select o from OverrideEntity o where o.organizationId = :ids order by o.grantSeq"
                : "select o from OverrideEntity o where o.organizationId in :ids"
                    + " order by o.grantSeq",
            OverrideEntity.class)
        .setParameter("ids", ids.size() == 1 ? ids.getFirst() : ids)
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

  @Override
  public Map<PersonId, String> names(Collection<PersonId> persons) {
    List<UUID> ids = persons.stream().map(PersonId::value).distinct().toList();
    String sql = "SELECT id, name FROM person WHERE id IN (" + placeholders(ids.size()) + ")";
    return session.doReturningWork(
        connection -> {
          Map<PersonId, String> names = new HashMap<>();
          try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, 1, ids);
            try (ResultSet row = statement.executeQuery()) {
              while (row.next()) {
                names.put(new PersonId(row.getObject(1, UUID.class)), row.getString(2));
              }
            }
          }
          return names;
        });
  }

  /**
   * The organization's count of changes ({@code organization.changes}, bumped by the unit of work's
   * lock) and the newest catalog version, in one primary-key read.
   */
  @Override
  public Optional<Mark> mark(OrganizationId organization) {
    return session.doReturningWork(
        connection -> {
          try (PreparedStatement statement = connection.prepareStatement(MARK)) {
            statement.setObject(1, organization.value());
            try (ResultSet row = statement.executeQuery()) {
              return row.next()
                  ? Optional.of(new Mark(row.getLong(1), row.getInt(2)))
                  : Optional.empty();
            }
          }
        });
  }

  private static final String MARK =
      "SELECT o.changes, (SELECT MAX(version) FROM catalog_version) FROM organization o"
          + " WHERE o.id = ?";

  private int latestCatalogVersion() {
    Integer latest =
        entityManager
            .createQuery("select max(c.version) from CatalogVersionEntity c", Integer.class)
            .getSingleResult();
    return latest == null ? 0 : latest;
  }

  private static final Comparator<Achievement> IN_EARNING_ORDER =
      Comparator.comparing(Achievement::earnedOn)
          .thenComparing(a -> a.code().value())
          .thenComparing(a -> a.id().value().toString());

  /** One organization's evidence as the rows arrive. */
  private static final class Building {
    final Market market;
    boolean overridden;
    final List<MetricReport> metrics = new ArrayList<>();
    final List<AgentOverride> overrides = new ArrayList<>();
    final Map<PersonId, List<Achievement>> achievements = new LinkedHashMap<>();

    Building(Market market) {
      this.market = market;
    }

    List<Achievement> person(PersonId person) {
      return achievements.computeIfAbsent(person, p -> new ArrayList<>());
    }

    OfOrganization build(UUID id) {
      List<AssociatedPerson> persons = new ArrayList<>(achievements.size());
      achievements.forEach(
          (person, held) -> {
            held.sort(IN_EARNING_ORDER);
            persons.add(new AssociatedPerson(person, held));
          });
      return new OfOrganization(
          new OrganizationFacts(new OrganizationId(id), market, persons, metrics, overrides));
    }
  }
}
