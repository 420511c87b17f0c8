package it.ponte.platform.infrastructure;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

/** Tells a database that cannot be reached from a database that refused a statement. */
public final class DatabaseFailures {

  private DatabaseFailures() {}

  /**
   * Whether the failure, or one of its causes, means the database is unreachable (connection
   * refused or lost, server shutting down, pool unable to get a connection) rather than a problem
   * with the statement itself.
   */
  public static boolean isUnavailable(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ConnectException || t instanceof SQLTransientConnectionException) {
        return true;
      }
      if (t instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
        return true;
      }
      String message = t.getMessage();
      if (message != null) {
        String m = message.toLowerCase(Locale.ROOT);
        if (m.contains("error in allocating a connection")
            || m.contains("connection could not be allocated")
            || m.contains("this connection has been closed")
            || m.contains("connection refused")) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isConnectionState(String sqlState) {
    if (sqlState == null) {
      return false;
    }
    // 08xxx: connection exception; 57P01-57P03: admin shutdown, crash shutdown, cannot connect now.
    return sqlState.startsWith("08")
        || sqlState.equals("57P01")
        || sqlState.equals("57P02")
        || sqlState.equals("57P03");
  }

  /**
   * Whether the database gave up on the statement in time: it ran past the statement timeout
   * (57014) or waited past the lock timeout for a lock another session held (55P03).
   */
  public static boolean isBusy(Throwable failure) {
    return hasState(failure, "57014") || hasState(failure, "55P03");
  }

  /**
   * Whether the database refused a character of the request's text (SQLSTATE 22021: a NUL byte,
   * which PostgreSQL never stores in text).
   */
  public static boolean isInvalidText(Throwable failure) {
    return hasState(failure, "22021");
  }

  /** Whether the failure is a unique-constraint violation (SQLSTATE 23505). */
  public static boolean isUniqueViolation(Throwable failure) {
    return hasState(failure, "23505");
  }

  private static boolean hasState(Throwable failure, String state) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql) {
        for (SQLException s = sql; s != null; s = s.getNextException()) {
          if (state.equals(s.getSQLState())) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
