package org.attain.adapter.persistence.scan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.attain.adapter.persistence.NativeColumns;
import org.attain.application.port.in.ScanDaily;
import org.attain.application.port.out.DailyScans;
import org.attain.domain.organization.OrganizationId;

/**
 * Daily scans and their partitions in the tables of V14__daily_scans.sql, as plain rows; runs
 * inside the caller's unit of work. A claim locks the partition's row with {@code FOR UPDATE SKIP
 * LOCKED}, so two instances claiming at once take different partitions (on PostgreSQL; H2 locks
 * every row it reads, so there a concurrent claim finds nothing and tries again later).
 */
@ApplicationScoped
public class PanacheDailyScans implements DailyScans {

  private final EntityManager entityManager;

  PanacheDailyScans(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public Started startScheduled(LocalDate day) {
    Optional<UUID> existing = scheduledOn(day);
    if (existing.isPresent()) {
      return new Started(existing.get(), false);
    }
    // Another instance starting it at the same moment breaks daily_scan_scheduled_uq: a
    // concurrent-update conflict, after which the caller's unit of work finds that scan.
    UUID scan = UUID.randomUUID();
    insertScan(scan, day, true);
    return new Started(scan, true);
  }

  @Override
  public UUID startAnother(LocalDate day) {
    UUID scan = UUID.randomUUID();
    insertScan(scan, day, false);
    return scan;
  }

  @Override
  public void addPartition(UUID scan, int number, OrganizationId first, OrganizationId last) {
    entityManager
        .createNativeQuery(
            "INSERT INTO daily_scan_partition (scan_id, number, scanned_day, first_id, last_id)"
                + " SELECT id, :number, scanned_day, :first, :last FROM daily_scan WHERE id = :scan")
        .setParameter("scan", scan)
        .setParameter("number", number)
        .setParameter("first", first.value())
        .setParameter("last", last.value())
        .executeUpdate();
  }

  @Override
  public Optional<Partition> claim(
      Optional<UUID> scan, String claimer, Instant now, Instant leaseEnds) {
    Query query =
        entityManager
            .createNativeQuery(
                "SELECT scan_id, number, scanned_day, first_id, last_id FROM daily_scan_partition"
                    + " WHERE done_at IS NULL"
                    + (scan.isPresent() ? " AND scan_id = :scan" : "")
                    + " AND (claimed_until IS NULL OR claimed_until < :now)"
                    + " ORDER BY scan_id, number LIMIT 1 FOR UPDATE SKIP LOCKED")
            .setParameter("now", at(now));
    scan.ifPresent(id -> query.setParameter("scan", id));
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = rows.getFirst();
    Partition partition =
        new Partition(
            NativeColumns.uuid(row[0]),
            ((Number) row[1]).intValue(),
            NativeColumns.date(row[2]),
            new OrganizationId(NativeColumns.uuid(row[3])),
            new OrganizationId(NativeColumns.uuid(row[4])));
    entityManager
        .createNativeQuery(
            "UPDATE daily_scan_partition SET claimed_by = :claimer, claimed_until = :until"
                + " WHERE scan_id = :scan AND number = :number")
        .setParameter("claimer", claimer)
        .setParameter("until", at(leaseEnds))
        .setParameter("scan", partition.scan())
        .setParameter("number", partition.number())
        .executeUpdate();
    return Optional.of(partition);
  }

  @Override
  public void finish(Partition partition, Instant at, int organizations, int changed, int failed) {
    entityManager
        .createNativeQuery(
            "UPDATE daily_scan_partition SET done_at = :at, organizations = :organizations,"
                + " changed = :changed, failed = :failed"
                + " WHERE scan_id = :scan AND number = :number")
        .setParameter("at", at(at))
        .setParameter("organizations", organizations)
        .setParameter("changed", changed)
        .setParameter("failed", failed)
        .setParameter("scan", partition.scan())
        .setParameter("number", partition.number())
        .executeUpdate();
  }

  @Override
  public Progress progress(UUID scan) {
    Object[] row =
        (Object[])
            entityManager
                .createNativeQuery(
                    "SELECT COUNT(*), COUNT(done_at), COALESCE(SUM(organizations), 0),"
                        + " COALESCE(SUM(changed), 0), COALESCE(SUM(failed), 0)"
                        + " FROM daily_scan_partition WHERE scan_id = :scan")
                .setParameter("scan", scan)
                .getSingleResult();
    return new Progress(
        number(row[0]),
        number(row[1]),
        new ScanDaily.Outcome(number(row[2]), number(row[3]), number(row[4])));
  }

  private static int number(Object column) {
    return ((Number) column).intValue();
  }

  private Optional<UUID> scheduledOn(LocalDate day) {
    @SuppressWarnings("unchecked")
    List<Object> found =
        entityManager
            .createNativeQuery("SELECT id FROM daily_scan WHERE scheduled_day = :day")
            .setParameter("day", day)
            .getResultList();
    return found.stream().findFirst().map(NativeColumns::uuid);
  }

  /** The scheduled day is the scanned one, or none for an agent's extra scan. */
  private void insertScan(UUID scan, LocalDate day, boolean scheduled) {
    entityManager
        .createNativeQuery(
            "INSERT INTO daily_scan (id, scanned_day, scheduled_day, started_at) VALUES (:id,"
                + " :day, "
                + (scheduled ? ":day" : "NULL")
                + ", CURRENT_TIMESTAMP)")
        .setParameter("id", scan)
        .setParameter("day", day)
        .executeUpdate();
  }

  private static OffsetDateTime at(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
