package org.attain.adapter.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

  @Test
  void aLostConnectionDeepInTheCausesIsTheDatabaseBeingUnavailable() {
    RuntimeException wrapped =
        new IllegalStateException(
            "could not execute statement",
            new RuntimeException(new SQLException("An I/O error occurred", "08006")));

    assertThat(DatabaseUnavailable.causes(wrapped)).isTrue();
  }

  @Test
  void aServerShuttingDownIsTheDatabaseBeingUnavailable() {
    assertThat(DatabaseUnavailable.causes(new SQLException("terminating connection", "57P01")))
        .isTrue();
  }

  @Test
  void noConnectionToBeHadInTimeOrRefusedIsTheDatabaseBeingUnavailable() {
    assertThat(DatabaseUnavailable.causes(new SQLTransientConnectionException("timeout"))).isTrue();
    assertThat(DatabaseUnavailable.causes(new RuntimeException(new ConnectException("refused"))))
        .isTrue();
  }

  @Test
  void otherDatabaseFailuresAreIncidents() {
    assertThat(DatabaseUnavailable.causes(new SQLException("syntax error", "42601"))).isFalse();
    assertThat(DatabaseUnavailable.causes(new SQLException("no state"))).isFalse();
    assertThat(DatabaseUnavailable.causes(new IllegalStateException("a bug"))).isFalse();
  }

  @Test
  void aChainOfCausesThatLoopsEnds() {
    RuntimeException first = new RuntimeException("first");
    RuntimeException second = new RuntimeException("second", first);
    first.initCause(second);

    assertThat(DatabaseUnavailable.causes(second)).isFalse();
  }
}
