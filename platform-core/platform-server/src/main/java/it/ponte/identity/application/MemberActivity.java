package it.ponte.identity.application;

import it.ponte.platform.infrastructure.PonteDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * When each user was last seen working in a territory. Written on their requests at most once per
 * {@link #EVERY} per user and territory (remembered in memory, bounded), so the cost is one small
 * upsert now and then, never one per request; a failure to record is logged, never the request's.
 */
@ApplicationScoped
public class MemberActivity {

  private static final Logger LOG = Logger.getLogger(MemberActivity.class.getName());

  static final Duration EVERY = Duration.ofMinutes(5);

  private static final int REMEMBERED = 50_000;

  private final Map<String, Instant> written = new ConcurrentHashMap<>();

  @Inject PonteDataSource database;

  /** Records that a user (token subject) worked in a territory now. */
  public void seen(String tenant, String subject) {
    Instant now = Instant.now();
    String key = tenant + "|" + subject;
    Instant last = written.get(key);
    if (last != null && last.plus(EVERY).isAfter(now)) {
      return;
    }
    if (written.size() >= REMEMBERED) {
      written.clear();
    }
    written.put(key, now);
    try (Connection c = database.get().getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO platform.member_activity (tenant_id, subject, last_seen_at)"
                    + " VALUES (?, ?, ?) ON CONFLICT (tenant_id, subject)"
                    + " DO UPDATE SET last_seen_at = EXCLUDED.last_seen_at")) {
      s.setString(1, tenant);
      s.setString(2, subject);
      s.setTimestamp(3, Timestamp.from(now));
      s.executeUpdate();
    } catch (SQLException | javax.naming.NamingException | RuntimeException e) {
      written.remove(key);
      LOG.log(Level.FINE, "Could not record activity in " + tenant, e);
    }
  }

  /** When each user of a territory was last seen, by subject. */
  public Map<String, OffsetDateTime> lastSeen(String tenant) {
    Map<String, OffsetDateTime> seen = new HashMap<>();
    try (Connection c = database.get().getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT subject, last_seen_at FROM platform.member_activity WHERE tenant_id = ?")) {
      s.setString(1, tenant);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          seen.put(rs.getString(1), rs.getTimestamp(2).toInstant().atOffset(ZoneOffset.UTC));
        }
      }
    } catch (SQLException | javax.naming.NamingException e) {
      throw new IllegalStateException("Cannot read member activity: " + e.getMessage(), e);
    }
    return seen;
  }
}
