package it.ponte.platform.infrastructure;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The platform database's connection settings, for the few tasks that need a connection of their
 * own outside the pool: schema migrations change the session's role and search path, which must
 * never leak into pooled connections.
 *
 * <p>Closing such a connection keeps it for the next task (at most {@value #KEEP}, for at most
 * {@value #KEEP_SECONDS} s) once its session is reset with {@code DISCARD ALL} - role, search path,
 * settings, prepared statements and advisory locks all go - and any open transaction is rolled
 * back. A new connection costs a login and a server process whose caches start cold, tens of
 * milliseconds each time: checking 600 territories' schemas at startup, or enabling three plugins,
 * took one per territory or plugin. A kept connection is checked before it is handed out; one that
 * fails the check or its reset is closed.
 */
@ApplicationScoped
public class DatabaseSettings {

  static final int KEEP = 4;
  static final long KEEP_SECONDS = 60;

  @Inject
  @ConfigProperty(name = "ponte.db.url")
  String url;

  @Inject
  @ConfigProperty(name = "ponte.db.user")
  String user;

  @Inject
  @ConfigProperty(name = "ponte.db.password")
  String password;

  private record Idle(Connection connection, long since) {}

  private final Deque<Idle> idle = new ArrayDeque<>();

  /**
   * A connection of the caller's own, unpooled: a fresh session as far as the caller can tell. The
   * caller closes it.
   */
  public Connection openDedicatedConnection() throws SQLException {
    Connection raw = kept();
    if (raw == null) {
      raw = connect();
    }
    return handOut(raw);
  }

  private Connection connect() throws SQLException {
    Properties props = new Properties();
    props.setProperty("user", user);
    props.setProperty("password", password);
    props.setProperty("connectTimeout", "3");
    props.setProperty("ApplicationName", "ponte-migrations");
    Connection connection = new org.postgresql.Driver().connect(url, props);
    if (connection == null) {
      throw new SQLException("Not a PostgreSQL JDBC URL: " + url, "08001");
    }
    return connection;
  }

  /** A kept connection that still answers, or null. */
  private Connection kept() {
    while (true) {
      Idle i;
      synchronized (idle) {
        i = idle.pollFirst();
      }
      if (i == null) {
        return null;
      }
      boolean fresh = System.nanoTime() - i.since() < KEEP_SECONDS * 1_000_000_000L;
      try {
        if (fresh && i.connection().isValid(2)) {
          return i.connection();
        }
      } catch (SQLException e) {
        // closed below
      }
      closeQuietly(i.connection());
    }
  }

  /** The connection as the caller sees it: closing it gives it back instead. */
  private Connection handOut(Connection raw) {
    boolean[] closed = {false};
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              String name = method.getName();
              if (name.equals("close")) {
                if (!closed[0]) {
                  closed[0] = true;
                  giveBack(raw);
                }
                return null;
              }
              if (name.equals("isClosed")) {
                return closed[0] || raw.isClosed();
              }
              if (name.equals("equals")) {
                return proxy == args[0];
              }
              if (name.equals("hashCode")) {
                return System.identityHashCode(proxy);
              }
              if (closed[0] && !name.equals("toString")) {
                throw new SQLException("The connection is closed", "08003");
              }
              try {
                return method.invoke(raw, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  private void giveBack(Connection raw) {
    try {
      if (!raw.isClosed()) {
        if (!raw.getAutoCommit()) {
          raw.rollback();
          raw.setAutoCommit(true);
        }
        if (raw.isReadOnly()) {
          raw.setReadOnly(false);
        }
        if (raw.getTransactionIsolation() != Connection.TRANSACTION_READ_COMMITTED) {
          raw.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        }
        try (Statement s = raw.createStatement()) {
          s.execute("DISCARD ALL");
        }
        synchronized (idle) {
          if (idle.size() < KEEP) {
            idle.addFirst(new Idle(raw, System.nanoTime()));
            return;
          }
        }
      }
    } catch (SQLException e) {
      // not kept
    }
    closeQuietly(raw);
  }

  @PreDestroy
  void closeKept() {
    synchronized (idle) {
      idle.forEach(i -> closeQuietly(i.connection()));
      idle.clear();
    }
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException e) {
      // already unusable
    }
  }
}
