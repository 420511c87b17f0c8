package it.ponte.exchange.infrastructure;

import it.ponte.api.core.TenantSql;
import it.ponte.exchange.domain.ImportKind;
import it.ponte.exchange.domain.ImportRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The tenant's {@code import_record} table, read and written a chunk at a time. */
@ApplicationScoped
public class JdbcImportRecords implements ImportRecords {

  @Inject TenantSql sql;

  @Override
  public Map<String, Known> find(ImportKind kind, Collection<String> keys) {
    Map<String, Known> known = new HashMap<>();
    if (keys.isEmpty()) {
      return known;
    }
    try (PreparedStatement q =
        sql.connection()
            .prepareStatement(
                "SELECT external_id, record_id, row_hash, import_id FROM import_record"
                    + " WHERE kind = ? AND external_id = ANY (?)")) {
      q.setString(1, kind.slug());
      q.setArray(2, texts(q.getConnection(), keys));
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          known.put(rs.getString(1), new Known(rs.getLong(2), rs.getString(3), rs.getLong(4)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return known;
  }

  @Override
  public Map<String, Long> ids(ImportKind kind, Collection<String> keys) {
    Map<String, Long> ids = new HashMap<>();
    find(kind, keys).forEach((key, k) -> ids.put(key, k.recordId()));
    return ids;
  }

  @Override
  public void remember(ImportKind kind, List<Entry> created, List<Entry> updated, long runId) {
    Connection c = sql.connection();
    try {
      if (!created.isEmpty()) {
        try (PreparedStatement q =
            c.prepareStatement(
                "INSERT INTO import_record (kind, external_id, record_id, row_hash, import_id)"
                    + " VALUES (?, ?, ?, ?, ?)")) {
          for (Entry e : created) {
            q.setString(1, kind.slug());
            q.setString(2, e.key());
            q.setLong(3, e.recordId());
            q.setString(4, e.hash());
            q.setLong(5, runId);
            q.addBatch();
          }
          q.executeBatch();
        }
      }
      if (!updated.isEmpty()) {
        try (PreparedStatement q =
            c.prepareStatement(
                "UPDATE import_record SET row_hash = ?, import_id = ? WHERE kind = ?"
                    + " AND external_id = ?")) {
          for (Entry e : updated) {
            q.setString(1, e.hash());
            q.setLong(2, runId);
            q.setString(3, kind.slug());
            q.setString(4, e.key());
            q.addBatch();
          }
          q.executeBatch();
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void seen(ImportKind kind, Collection<String> keys, long runId) {
    if (keys.isEmpty()) {
      return;
    }
    try (PreparedStatement q =
        sql.connection()
            .prepareStatement(
                "UPDATE import_record SET import_id = ? WHERE kind = ? AND external_id = ANY (?)")) {
      q.setLong(1, runId);
      q.setString(2, kind.slug());
      q.setArray(3, texts(q.getConnection(), keys));
      q.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public Map<Long, String> keysOf(ImportKind kind, Collection<Long> recordIds) {
    Map<Long, String> keys = new HashMap<>();
    if (recordIds.isEmpty()) {
      return keys;
    }
    try (PreparedStatement q =
        sql.connection()
            .prepareStatement(
                "SELECT record_id, external_id FROM import_record WHERE kind = ?"
                    + " AND record_id = ANY (?)")) {
      q.setString(1, kind.slug());
      q.setArray(2, q.getConnection().createArrayOf("bigint", recordIds.toArray()));
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          keys.put(rs.getLong(1), rs.getString(2));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return keys;
  }

  static Array texts(Connection c, Collection<String> values) throws SQLException {
    return c.createArrayOf("text", values.toArray());
  }
}
