package it.ponte.api.core;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The JDBC connection of the current tenant transaction, for a plugin's own tables. It runs with
 * the tenant's database role and search path: unqualified table names are the tenant's, and nothing
 * of another tenant is reachable. Do not close it.
 *
 * <p>The default methods run one parameterised statement on it; an {@link SQLException} becomes a
 * {@link SqlFailure} carrying the SQL state (e.g. {@code 23505} for a unique violation).
 */
public interface TenantSql {

  /**
   * @throws IllegalStateException outside a transaction of a tenant
   */
  Connection connection();

  /** Reads one row of a result set. */
  @FunctionalInterface
  interface Row<T> {
    T read(ResultSet rs) throws SQLException;
  }

  /** A statement failed; {@link #sqlState()} tells why. */
  final class SqlFailure extends RuntimeException {
    private final String sqlState;

    public SqlFailure(SQLException cause) {
      super(cause.getMessage(), cause);
      this.sqlState = cause.getSQLState();
    }

    public String sqlState() {
      return sqlState;
    }

    /** Whether a unique constraint refused the statement (SQLSTATE 23505). */
    public boolean isUniqueViolation() {
      return UNIQUE_VIOLATION.equals(sqlState);
    }

    /** Whether a unique constraint refused the statement, for plugins using JDBC directly. */
    public static boolean isUniqueViolation(SQLException e) {
      return UNIQUE_VIOLATION.equals(e.getSQLState());
    }

    private static final String UNIQUE_VIOLATION = "23505";
  }

  /** Runs a query with positional parameters and reads every row. */
  default <T> List<T> query(String sql, Row<T> row, Object... parameters) {
    try (PreparedStatement q = connection().prepareStatement(sql)) {
      bind(q, parameters);
      List<T> result = new ArrayList<>();
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          result.add(row.read(rs));
        }
      }
      return result;
    } catch (SQLException e) {
      throw new SqlFailure(e);
    }
  }

  /** Runs a query expected to return at most one row. */
  default <T> Optional<T> queryOne(String sql, Row<T> row, Object... parameters) {
    return query(sql, row, parameters).stream().findFirst();
  }

  /** Runs an INSERT, UPDATE or DELETE with positional parameters; returns the rows changed. */
  default int update(String sql, Object... parameters) {
    try (PreparedStatement q = connection().prepareStatement(sql)) {
      bind(q, parameters);
      return q.executeUpdate();
    } catch (SQLException e) {
      throw new SqlFailure(e);
    }
  }

  /**
   * Runs an INSERT ... RETURNING and reads its one row; empty when a unique constraint refused the
   * row (SQLSTATE 23505), so a repository can say "it exists" without the caller seeing SQL. The
   * transaction cannot go on after such a refusal: refuse the request.
   */
  default <T> Optional<T> tryInsertReturning(String sql, Row<T> returning, Object... parameters) {
    try {
      return queryOne(sql, returning, parameters);
    } catch (SqlFailure e) {
      if (e.isUniqueViolation()) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /**
   * Runs an INSERT; false when a unique constraint refused the row (see {@link
   * #tryInsertReturning}).
   */
  default boolean tryInsert(String sql, Object... parameters) {
    try {
      update(sql, parameters);
      return true;
    } catch (SqlFailure e) {
      if (e.isUniqueViolation()) {
        return false;
      }
      throw e;
    }
  }

  private static void bind(PreparedStatement q, Object... parameters) throws SQLException {
    for (int i = 0; i < parameters.length; i++) {
      q.setObject(i + 1, parameters[i]);
    }
  }
}
