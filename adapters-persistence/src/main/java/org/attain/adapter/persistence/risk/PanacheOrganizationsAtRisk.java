package org.attain.adapter.persistence.risk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.attain.adapter.persistence.NativeColumns;
import org.attain.adapter.persistence.PagedIds;
import org.attain.application.paging.Page;
import org.attain.application.paging.PageRequest;
import org.attain.application.port.out.OrganizationsAtRisk;
import org.attain.domain.membership.MembershipLevel;
import org.attain.domain.organization.OrganizationId;
import org.attain.domain.risk.AlertId;
import org.attain.domain.risk.AlertKind;
import org.attain.domain.risk.LapseHorizon;
import org.attain.domain.risk.OrganizationAtRisk;

/**
 * The organizations at risk as one native query over what the pipeline and the purchases stored
 * (see {@link #FROM}): a page is one statement, with the total counted in it by a window; only a
 * page past the end counts apart. Runs inside the caller's unit of work.
 */
@ApplicationScoped
public class PanacheOrganizationsAtRisk implements OrganizationsAtRisk {

  /**
   * The candidates first, each along an index of V17: the organizations with an ongoing key-person
   * warning, and those with a purchase intact today whose term ends before the horizon. Each is
   * then kept if a purchase is in force today (the latest started, still intact: the domain's
   * {@code Membership.inForceOn}) and it rests on one person or its latest term bought ends before
   * the horizon; its ongoing alerts come along the unique index of ongoing alerts.
   */
  private static final String FROM =
      " FROM (SELECT c.organization_id,"
          + " (SELECT MAX(e.ends_on) FROM membership_purchase e"
          + " WHERE e.organization_id = c.organization_id) AS term_ends_on"
          + " FROM (SELECT a.organization_id FROM alert a"
          + " WHERE a.ongoing_kind = 'MEMBERSHIP_RESTS_ON_ONE_PERSON'"
          + " UNION SELECT p.organization_id FROM membership_purchase p"
          + " WHERE p.renewal_window_ends_on >= :today AND p.ends_on < :lapsesBefore"
          + " AND p.starts_on <= :today) c) r"
          + " JOIN organization o ON o.id = r.organization_id"
          + " JOIN membership_purchase cur ON cur.organization_id = r.organization_id"
          + " AND cur.purchased_on <= :today AND cur.starts_on <= :today"
          + " AND cur.renewal_window_ends_on >= :today"
          + " AND NOT EXISTS (SELECT 1 FROM membership_purchase later"
          + " WHERE later.organization_id = cur.organization_id"
          + " AND later.list_index > cur.list_index"
          + " AND later.purchased_on <= :today AND later.starts_on <= :today)"
          + " LEFT JOIN alert kp ON kp.organization_id = r.organization_id"
          + " AND kp.ongoing_kind = 'MEMBERSHIP_RESTS_ON_ONE_PERSON'"
          + " LEFT JOIN alert ra ON ra.organization_id = r.organization_id"
          + " AND ra.ongoing_kind = 'RENEWAL_AT_RISK'"
          + " LEFT JOIN alert la ON la.organization_id = r.organization_id"
          + " AND la.ongoing_kind = 'LAPSE_AHEAD'"
          + " WHERE kp.id IS NOT NULL OR r.term_ends_on < :lapsesBefore";

  /** {@link OrganizationAtRisk#MOST_AT_RISK_FIRST} in SQL. */
  private static final String MOST_AT_RISK_FIRST =
      " ORDER BY CASE WHEN r.term_ends_on < :lapsesBefore"
          + " THEN CASE WHEN kp.id IS NOT NULL THEN 0 ELSE 1 END ELSE 2 END,"
          + " r.term_ends_on, o.name, o.id";

  private static final String PAGE =
      "SELECT o.id, o.name, cur.level, r.term_ends_on,"
          + " kp.id, kp.raised_on, ra.id, ra.raised_on, la.id, la.raised_on, COUNT(*) OVER ()"
          + FROM
          + MOST_AT_RISK_FIRST;

  private final EntityManager entityManager;

  PanacheOrganizationsAtRisk(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public Page<OrganizationAtRisk> find(LapseHorizon horizon, PageRequest request) {
    int firstRow = PagedIds.firstRow(request);
    List<Object[]> rows =
        firstRow < 0
            ? List.of()
            : rows(
                bound(entityManager.createNativeQuery(PAGE), horizon)
                    .setFirstResult(firstRow)
                    .setMaxResults(request.size()));
    List<OrganizationAtRisk> items = rows.stream().map(row -> toDomain(row, horizon)).toList();
    long total =
        rows.isEmpty()
            ? ((Number)
                    bound(entityManager.createNativeQuery("SELECT COUNT(*)" + FROM), horizon)
                        .getSingleResult())
                .longValue()
            : ((Number) rows.getFirst()[10]).longValue();
    return new Page<>(items, request, total);
  }

  private static Query bound(Query query, LapseHorizon horizon) {
    return query
        .setParameter("today", horizon.today())
        .setParameter("lapsesBefore", horizon.lapsesBefore());
  }

  @SuppressWarnings("unchecked")
  private static List<Object[]> rows(Query query) {
    return query.getResultList();
  }

  private static OrganizationAtRisk toDomain(Object[] row, LapseHorizon horizon) {
    List<OrganizationAtRisk.OngoingAlert> ongoing = new ArrayList<>();
    ongoing(row[4], row[5], AlertKind.MEMBERSHIP_RESTS_ON_ONE_PERSON, ongoing);
    ongoing(row[6], row[7], AlertKind.RENEWAL_AT_RISK, ongoing);
    ongoing(row[8], row[9], AlertKind.LAPSE_AHEAD, ongoing);
    return OrganizationAtRisk.of(
        new OrganizationId(NativeColumns.uuid(row[0])),
        (String) row[1],
        MembershipLevel.valueOf((String) row[2]),
        NativeColumns.date(row[3]),
        ongoing,
        horizon);
  }

  private static void ongoing(
      Object id, Object raisedOn, AlertKind kind, List<OrganizationAtRisk.OngoingAlert> into) {
    if (id != null) {
      UUID alert = NativeColumns.uuid(id);
      LocalDate day = NativeColumns.date(raisedOn);
      into.add(new OrganizationAtRisk.OngoingAlert(new AlertId(alert), kind, day));
    }
  }
}
