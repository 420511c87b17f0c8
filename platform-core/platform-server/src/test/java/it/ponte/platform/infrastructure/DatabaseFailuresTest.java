package it.ponte.platform.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseFailuresTest {

  @Test
  void connectionFailuresAnywhereInTheChainMeanUnavailable() {
    assertThat(
            DatabaseFailures.isUnavailable(
                new RuntimeException(new SQLException("refused", "08001"))))
        .isTrue();
    assertThat(DatabaseFailures.isUnavailable(new SQLException("terminating connection", "57P01")))
        .isTrue();
    assertThat(DatabaseFailures.isUnavailable(new IllegalStateException(new ConnectException())))
        .isTrue();
    assertThat(
            DatabaseFailures.isUnavailable(
                new SQLException("Error in allocating a connection. Cause: x")))
        .isTrue();
  }

  @Test
  void statementErrorsAreNotOutages() {
    SQLException denied = new SQLException("permission denied for schema t_bologna", "42501");
    assertThat(DatabaseFailures.isUnavailable(denied)).isFalse();
    assertThat(DatabaseFailures.isUniqueViolation(new SQLException("duplicate key", "23505")))
        .isTrue();
    assertThat(DatabaseFailures.isUniqueViolation(denied)).isFalse();
  }
}
