package org.attain.adapter.rest.problem;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure means the database cannot be reached right now (restarting, down, or no
 * connection to be had in time): a condition that passes, answered 503 with Retry-After rather than
 * as an incident.
 */
final class DatabaseUnavailable {

  /** How deep the chain of causes is searched; a cycle or a very long chain stops here. */
  private static final int MAX_CAUSES = 20;

  private DatabaseUnavailable() {}

  static boolean causes(Throwable failure) {
    Throwable cause = failure;
    for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++, cause = cause.getCause()) {
      if (cause instanceof SQLTransientConnectionException || cause instanceof ConnectException) {
        return true;
      }
      if (cause instanceof SQLException sql && connectionLost(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  /**
   * SQLSTATE class 08 (connection exception) and 57P01..57P03 (the server shutting down, crashed,
   * or not accepting connections yet), the same on PostgreSQL and H2.
   */
  private static boolean connectionLost(String state) {
    return state != null && (state.startsWith("08") || state.startsWith("57P"));
  }
}
