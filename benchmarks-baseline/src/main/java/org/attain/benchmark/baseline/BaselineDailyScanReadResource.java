package org.attain.benchmark.baseline;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The yardstick of the daily-scan scenario: a plain read of the rows the daily scan needs on a day
 * for every organization with a paid membership, and nothing else (no evaluation, no write).
 *
 * <p>One SELECT per table, each joined to the paid organizations of the day (the scan's own
 * criterion: a purchase whose term, renewal window included, covers the day), run one after the
 * other in one read-only transaction on one connection. Each result is streamed (autocommit off and
 * a fetch size, so the PostgreSQL driver uses a cursor) and every column of every row is decoded,
 * so that the figure is what reading those rows costs, not what skipping them costs. It answers the
 * number of rows read per table, their total and the elapsed milliseconds.
 */
@Path("/baseline/daily-scan-read")
public class BaselineDailyScanReadResource {

  /** The rows of one day's read, per table, and how long it took. */
  public record ScanRead(
      LocalDate day,
      int paidOrganizations,
      Map<String, Long> rows,
      long totalRows,
      long elapsedMs) {}

  private static final int FETCH_SIZE = 1_000;

  /** The paid organizations of the day: the scan's {@code memberships.paidOn(day)}. */
  private static final String PAID =
      "WITH paid AS (SELECT DISTINCT organization_id FROM membership_purchase"
          + " WHERE starts_on <= ? AND renewal_window_ends_on >= ?) ";

  /** The persons associated on the day with a paid organization. */
  private static final String ASSOCIATED =
      PAID
          + ", associated AS (SELECT a.* FROM person_association a"
          + " JOIN paid USING (organization_id)"
          + " WHERE a.since <= ? AND (a.until IS NULL OR a.until > ?)) ";

  /** What the scan reads, table by table, in a stable order. Every parameter is the day. */
  private static final Map<String, String> READS = new LinkedHashMap<>();

  static {
    READS.put(
        "organization",
        PAID + "SELECT o.* FROM organization o JOIN paid p ON p.organization_id = o.id");
    READS.put(
        "organization_admin",
        PAID + "SELECT a.* FROM organization_admin a JOIN paid USING (organization_id)");
    READS.put(
        "membership", PAID + "SELECT m.* FROM membership m JOIN paid USING (organization_id)");
    READS.put(
        "membership_purchase",
        PAID + "SELECT mp.* FROM membership_purchase mp JOIN paid USING (organization_id)");
    READS.put("person_association", ASSOCIATED + "SELECT * FROM associated");
    READS.put(
        "person", ASSOCIATED + "SELECT p.* FROM person p JOIN associated a ON a.person_id = p.id");
    READS.put(
        "achievement",
        ASSOCIATED
            + "SELECT h.* FROM achievement h JOIN associated a ON a.person_id = h.holder_id");
    READS.put(
        "metric_report",
        PAID + "SELECT r.* FROM metric_report r JOIN paid USING (organization_id)");
    READS.put(
        "agent_override",
        PAID + "SELECT v.* FROM agent_override v JOIN paid USING (organization_id)");
    READS.put(
        "term_attainment",
        PAID + "SELECT t.* FROM term_attainment t JOIN paid USING (organization_id)");
    READS.put(
        "profile_shown_competency",
        PAID + "SELECT s.* FROM profile_shown_competency s JOIN paid USING (organization_id)");
    READS.put(
        "alert (ongoing)",
        PAID
            + "SELECT l.* FROM alert l JOIN paid USING (organization_id) WHERE l.ended_on IS NULL");
    READS.put(
        "competency_history (latest per competency)",
        PAID
            + "SELECT DISTINCT ON (h.organization_id, h.competency_id) h.*"
            + " FROM competency_history h JOIN paid USING (organization_id)"
            + " ORDER BY h.organization_id, h.competency_id, h.seq DESC");
    READS.put(
        "catalog_version (in force)",
        "SELECT c.* FROM catalog_version c WHERE c.effective_from <= ?"
            + " ORDER BY c.effective_from DESC LIMIT 1");
  }

  @Inject AgroalDataSource dataSource;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public ScanRead read(@QueryParam("day") String dayParameter) throws SQLException {
    LocalDate day = parse(dayParameter);
    long started = System.nanoTime();
    Map<String, Long> rows = new LinkedHashMap<>();
    long total = 0;
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false); // a cursor, not the whole result in memory
      connection.setReadOnly(true);
      try {
        for (Map.Entry<String, String> read : READS.entrySet()) {
          long count = stream(connection, read.getValue(), day);
          rows.put(read.getKey(), count);
          total += count;
        }
        connection.commit();
      } finally {
        connection.setReadOnly(false);
        connection.setAutoCommit(autoCommit);
      }
    }
    long elapsedMs = (System.nanoTime() - started) / 1_000_000;
    return new ScanRead(day, rows.get("membership").intValue(), rows, total, elapsedMs);
  }

  /** Runs one read, decoding every column of every row, and counts the rows. */
  private static long stream(Connection connection, String sql, LocalDate day) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setFetchSize(FETCH_SIZE);
      long parameters = sql.chars().filter(c -> c == '?').count();
      for (int i = 1; i <= parameters; i++) {
        statement.setDate(i, Date.valueOf(day));
      }
      long count = 0;
      long sink = 0;
      try (ResultSet row = statement.executeQuery()) {
        int columns = row.getMetaData().getColumnCount();
        while (row.next()) {
          for (int c = 1; c <= columns; c++) {
            Object value = row.getObject(c);
            sink += value == null ? 0 : 1;
          }
          count++;
        }
      }
      if (sink < 0) {
        throw new IllegalStateException("unreachable: keeps the decoded values alive");
      }
      return count;
    }
  }

  private static LocalDate parse(String day) {
    if (day == null || day.isBlank()) {
      return LocalDate.now(java.time.ZoneOffset.UTC);
    }
    try {
      return LocalDate.parse(day);
    } catch (DateTimeParseException e) {
      throw new BadRequestException("day must be YYYY-MM-DD");
    }
  }
}
