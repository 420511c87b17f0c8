package it.ponte.exchange.infrastructure;

import it.ponte.api.core.TenantSql;
import it.ponte.exchange.application.Bound;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The JDBC the import's stores share: ids drawn ahead, batched statements, lookups by id. */
final class Batch {

  private Batch() {}

  /** Binds one row of a batched statement. */
  interface Binder<T> {
    void bind(PreparedStatement q, T item) throws SQLException;
  }

  /** Reads one row of a lookup. */
  interface Reader<T> {
    T read(ResultSet rs) throws SQLException;
  }

  /**
   * Draws n ids from a table's identity sequence in one round trip, so that rows are inserted in
   * batches with their ids known.
   */
  private static long[] nextIds(TenantSql sql, String table, int n) {
    long[] ids = new long[n];
    if (n == 0) {
      return ids;
    }
    try (PreparedStatement q =
        sql.connection()
            .prepareStatement(
                "SELECT nextval(pg_get_serial_sequence(?, 'id')) FROM generate_series(1, ?)")) {
      q.setString(1, table);
      q.setInt(2, n);
      try (ResultSet rs = q.executeQuery()) {
        for (int i = 0; i < n && rs.next(); i++) {
          ids[i] = rs.getLong(1);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return ids;
  }

  /** Draws an id for each new row and tells it its id. */
  static void drawIds(TenantSql sql, String table, List<? extends Bound<?>> rows) {
    long[] ids = nextIds(sql, table, rows.size());
    for (int i = 0; i < ids.length; i++) {
      rows.get(i).written(ids[i]);
    }
  }

  /** Runs a statement once per item, in one batch. */
  static <T> void run(TenantSql sql, String statement, Collection<T> items, Binder<T> binder) {
    if (items.isEmpty()) {
      return;
    }
    try (PreparedStatement q = sql.connection().prepareStatement(statement)) {
      for (T item : items) {
        binder.bind(q, item);
        q.addBatch();
      }
      q.executeBatch();
    } catch (SQLException e) {
      throw new IllegalStateException(e.getNextException() == null ? e : e.getNextException());
    }
  }

  /** Rows of a query over a set of ids ({@code = ANY (?)}), by their first column. */
  static <T> Map<Long, T> byId(
      TenantSql sql, String query, Collection<Long> ids, Reader<T> reader) {
    Map<Long, T> found = new HashMap<>();
    if (ids.isEmpty()) {
      return found;
    }
    try (PreparedStatement q = sql.connection().prepareStatement(query)) {
      Connection c = q.getConnection();
      q.setArray(1, c.createArrayOf("bigint", ids.toArray()));
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          found.put(rs.getLong(1), reader.read(rs));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return found;
  }

  /** Sets a parameter that may be null, with its SQL type for the null. */
  static void set(PreparedStatement q, int index, Object value, int sqlType) throws SQLException {
    if (value == null) {
      q.setNull(index, sqlType);
    } else if (value instanceof Enum<?> e) {
      q.setString(index, e.name());
    } else {
      q.setObject(index, value);
    }
  }

  static void text(PreparedStatement q, int index, Object value) throws SQLException {
    set(q, index, value, Types.VARCHAR);
  }

  /** One entry of the audit trail per person, as the API's own writes leave. */
  static void audit(
      TenantSql sql,
      String actor,
      OffsetDateTime at,
      String action,
      List<Long> ids,
      String fields) {
    run(
        sql,
        "INSERT INTO audit_entry (at, actor, action, subject_type, subject_id, fields)"
            + " VALUES (?, ?, ?, 'candidate', ?, ?)",
        ids,
        (q, id) -> {
          q.setObject(1, at);
          q.setString(2, actor);
          q.setString(3, action);
          q.setLong(4, id);
          q.setString(5, fields);
        });
  }
}
