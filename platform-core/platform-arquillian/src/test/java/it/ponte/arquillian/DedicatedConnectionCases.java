package it.ponte.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.ponte.api.tenant.TenantId;
import it.ponte.platform.infrastructure.DatabaseSettings;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The dedicated connections of migrations and plugin changes are kept for the next task once
 * closed: whatever a task set on its session - a territory's role and search path, a setting, an
 * advisory lock, an open transaction - must not reach the next one, and a kept connection that died
 * meanwhile is replaced.
 */
interface DedicatedConnectionCases {

  @Test
  default void aKeptDedicatedConnectionComesBackAsAFreshSession() throws Exception {
    DatabaseSettings database = Beans.get(DatabaseSettings.class);
    TenantId territory = Beans.get(Territories.class).ensure("arq-dedicated");
    int backend;
    String sessionUser;
    Connection first = database.openDedicatedConnection();
    try (Statement s = first.createStatement()) {
      backend = one(s, "SELECT pg_backend_pid()");
      sessionUser = text(s, "SELECT session_user");
      s.execute("SELECT pg_advisory_lock(4242, 4242)");
      s.execute("SET statement_timeout = '5s'");
      s.execute("SET ROLE \"" + territory.roleName() + "\"");
      s.execute("SET search_path TO \"" + territory.schemaName() + "\"");
      first.setAutoCommit(false);
      s.execute("CREATE TEMPORARY TABLE left_behind (n int)");
    }
    first.close();
    first.close(); // a second close does nothing
    assertTrue(first.isClosed());
    assertThrows(SQLException.class, first::createStatement);

    try (Connection next = database.openDedicatedConnection();
        Statement s = next.createStatement()) {
      assertEquals(backend, one(s, "SELECT pg_backend_pid()"), "the same server session, kept");
      assertEquals(sessionUser, text(s, "SELECT current_user"), "no territory's role");
      assertTrue(
          !text(s, "SELECT current_setting('search_path')").contains(territory.schemaName()),
          "no territory's search path");
      assertEquals("0", text(s, "SELECT current_setting('statement_timeout')"));
      assertEquals(
          0,
          one(
              s,
              "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
                  + " AND pid = pg_backend_pid()"),
          "the advisory lock went with the session");
      assertEquals(
          0,
          one(s, "SELECT count(*) FROM pg_class WHERE relname = 'left_behind'"),
          "the open transaction was rolled back");
      assertTrue(next.getAutoCommit());
    }
  }

  @Test
  default void aKeptConnectionThatDiedIsReplaced() throws Exception {
    DatabaseSettings database = Beans.get(DatabaseSettings.class);
    int backend;
    try (Connection c = database.openDedicatedConnection();
        Statement s = c.createStatement()) {
      backend = one(s, "SELECT pg_backend_pid()");
    }
    // The kept session ends (a database restart, an administrator) while nobody holds it.
    DataSource pool = InitialContext.doLookup("java:app/jdbc/ponte");
    try (Connection c = pool.getConnection();
        Statement s = c.createStatement()) {
      s.execute("SELECT pg_terminate_backend(" + backend + ")");
    }
    try (Connection c = database.openDedicatedConnection();
        Statement s = c.createStatement()) {
      assertNotEquals(backend, one(s, "SELECT pg_backend_pid()"), "a new session");
      assertEquals(1, one(s, "SELECT 1"));
    }
  }

  private static int one(Statement s, String sql) throws SQLException {
    try (ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getInt(1);
    }
  }

  private static String text(Statement s, String sql) throws SQLException {
    try (ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getString(1);
    }
  }
}
