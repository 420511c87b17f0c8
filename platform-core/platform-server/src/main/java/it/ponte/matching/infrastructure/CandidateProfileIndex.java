package it.ponte.matching.infrastructure;

import it.ponte.api.tenant.TenantId;
import it.ponte.candidate.domain.Assessment;
import it.ponte.candidate.domain.Education;
import it.ponte.candidate.domain.ItalianLevel;
import it.ponte.candidate.domain.Licence;
import it.ponte.candidate.domain.Shift;
import it.ponte.matching.domain.CandidateProfile;
import it.ponte.platform.domain.Codes;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The matching facts of every person in protocol, per territory, held in memory on this instance so
 * that ranking a vacancy does not read 100,000 rows each time. Before each use the territory's copy
 * is brought up to date with the database in one indexed query: the rows written by transactions
 * that had not ended when it was last brought up to date (each row's {@code written_by}, the
 * writing transaction's id, set by a trigger, against the snapshot's horizon). So it is exactly as
 * fresh as a direct read, on every instance; nothing needs to notify it.
 *
 * <p>It holds no names or contacts: the few people a ranking shows get theirs from the database. A
 * territory's copy unused for {@link #IDLE} is dropped.
 */
@ApplicationScoped
public class CandidateProfileIndex {

  static final Duration IDLE = Duration.ofMinutes(30);

  private static final String COLUMNS =
      "SELECT id, status = 'IN_PROTOCOL' AND erased_at IS NULL, zone, education, italian_level,"
          + " licences, has_car, availability, readiness, sectors FROM candidate";

  private final ConcurrentMap<TenantId, Territory> territories = new ConcurrentHashMap<>();

  /**
   * The territory's people in protocol (not erased), up to date with every transaction committed
   * before this call, read through the caller's connection (the territory's transaction).
   */
  public Collection<CandidateProfile> inProtocol(TenantId tenant, Connection connection)
      throws SQLException {
    long now = System.nanoTime();
    territories.entrySet().removeIf(e -> now - e.getValue().usedAt > IDLE.toNanos());
    Territory territory = territories.computeIfAbsent(tenant, t -> new Territory());
    territory.usedAt = now;
    territory.update(connection);
    return territory.all;
  }

  private static final class Territory {

    final ConcurrentMap<Long, CandidateProfile> profiles = new ConcurrentHashMap<>();

    /** The profiles as a list, made again after an update that changed any: fast to go through. */
    volatile java.util.List<CandidateProfile> all = java.util.List.of();

    final ReentrantLock updating = new ReentrantLock();
    volatile long usedAt;

    /** Every transaction below this id had ended when the copy was last updated; -1: never. */
    long horizon = -1;

    /**
     * The schema the copy was read from: a territory offboarded and onboarded again under the same
     * id has a new schema, and nothing of the old one may stay.
     */
    long schema = -1;

    void update(Connection connection) throws SQLException {
      updating.lock();
      try {
        // First the horizon, then the rows: a transaction below the new horizon had ended before
        // the rows are read, so its writes are in them, or were in an earlier update.
        long newHorizon;
        long currentSchema;
        try (Statement s = connection.createStatement();
            ResultSet r =
                s.executeQuery(
                    "SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint,"
                        + " (SELECT oid FROM pg_namespace WHERE nspname = current_schema())::bigint")) {
          r.next();
          newHorizon = r.getLong(1);
          currentSchema = r.getLong(2);
        }
        boolean full = horizon < 0 || schema != currentSchema;
        String sql =
            full
                ? COLUMNS + " WHERE status = 'IN_PROTOCOL' AND erased_at IS NULL"
                // Rows last written by a transaction at or after the old horizon (64-bit ids:
                // they never wrap).
                : COLUMNS + " WHERE written_by >= ?::text::xid8";
        if (full) {
          profiles.clear();
        }
        boolean changed = full;
        try (PreparedStatement query = connection.prepareStatement(sql)) {
          query.setFetchSize(2_000);
          if (!full) {
            query.setString(1, String.valueOf(horizon));
          }
          try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
              long id = rs.getLong(1);
              changed = true;
              if (rs.getBoolean(2)) {
                profiles.put(id, profile(id, rs));
              } else {
                profiles.remove(id);
              }
            }
          }
        }
        if (changed) {
          all = java.util.List.copyOf(profiles.values());
        }
        horizon = newHorizon;
        schema = currentSchema;
      } catch (SQLException | RuntimeException e) {
        // Half applied: start again from nothing next time.
        horizon = -1;
        throw e;
      } finally {
        updating.unlock();
      }
    }

    private static CandidateProfile profile(long id, ResultSet rs) throws SQLException {
      String education = rs.getString(4);
      String italian = rs.getString(5);
      String readiness = rs.getString(9);
      return new CandidateProfile(
          id,
          null,
          null,
          rs.getString(3),
          education == null ? null : Education.valueOf(education),
          italian == null ? null : ItalianLevel.valueOf(italian),
          Codes.enums(rs.getString(6), Licence.class),
          (Boolean) rs.getObject(7),
          Codes.enums(rs.getString(8), Shift.class),
          readiness == null ? null : Assessment.Readiness.valueOf(readiness),
          Codes.enums(rs.getString(10), Assessment.Sector.class));
    }
  }
}
