package it.ponte.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * PostgreSQL 17 from Maven Central (zonky binaries) with its data in a folder of ours, so that data
 * survives restarts. Runs with fsync off: for development, demos and tests only.
 */
public final class EmbeddedDatabase implements AutoCloseable {

  /** Database the platform uses inside the embedded server. */
  public static final String DATABASE = "ponte";

  /** Superuser of the embedded server (trust authentication on localhost). */
  public static final String USER = "postgres";

  private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class.getName());

  /** Held so the level sticks: zonky relays every PostgreSQL log line at INFO otherwise. */
  private static final Logger ZONKY = Logger.getLogger("io.zonky");

  static {
    ZONKY.setLevel(java.util.logging.Level.WARNING);
  }

  private final Path dataDir;
  private final int port;
  private EmbeddedPostgres postgres;

  public EmbeddedDatabase(Path dataDir, int port) {
    this.dataDir = dataDir;
    this.port = port;
  }

  /**
   * Starts the server (creating the data folder on first use) and the {@value #DATABASE} database.
   */
  public synchronized void start() throws IOException {
    if (postgres != null) {
      return;
    }
    Files.createDirectories(dataDir);
    stopOrphan();
    postgres =
        EmbeddedPostgres.builder()
            .setDataDirectory(dataDir)
            .setCleanDataDirectory(false)
            .setPort(port)
            .setPGStartupWait(Duration.ofSeconds(60))
            .setServerConfig("max_connections", "200")
            // Fast and still durable across a crash of PostgreSQL itself: a commit is acknowledged
            // once its WAL is written (synchronous_commit on - the library's default is off, which
            // loses acknowledged commits when PostgreSQL is killed, as CrashIT showed); only the
            // flush to disk that guards against a crash of the machine is skipped.
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("fsync", "off")
            .setServerConfig("full_page_writes", "off")
            .start();
    createDatabase(DATABASE);
  }

  /** Stops the server; its data stays in the data folder. */
  public synchronized void stop() {
    if (postgres == null) {
      return;
    }
    try {
      postgres.close();
    } catch (IOException e) {
      LOG.warning("Embedded PostgreSQL did not stop cleanly: " + e.getMessage());
    } finally {
      postgres = null;
    }
  }

  /**
   * Kills the server as a crash would ({@code kill -9} of the postmaster and every process it
   * started), without letting it write anything more; {@link #start} then recovers from the WAL.
   */
  public synchronized void kill() throws IOException {
    if (postgres == null) {
      return;
    }
    Path pidFile = dataDir.resolve("postmaster.pid");
    long pid = Long.parseLong(Files.readAllLines(pidFile, StandardCharsets.UTF_8).get(0).trim());
    Optional<ProcessHandle> postmaster = ProcessHandle.of(pid);
    if (postmaster.isPresent()) {
      List<ProcessHandle> all = new java.util.ArrayList<>(postmaster.get().descendants().toList());
      all.add(0, postmaster.get());
      all.forEach(ProcessHandle::destroyForcibly);
      for (ProcessHandle p : all) {
        try {
          p.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
          throw new IOException("PostgreSQL process " + p.pid() + " did not die", e);
        }
      }
    }
    // The library's handle is of a server that is gone: its stop fails (and says so in the log),
    // and it lets go of the data folder's lock, so that the server can start there again.
    try {
      postgres.close();
    } catch (IOException e) {
      LOG.fine("Closing the killed PostgreSQL: " + e.getMessage());
    } finally {
      postgres = null;
    }
  }

  @Override
  public void close() {
    stop();
  }

  public boolean isRunning() {
    return postgres != null;
  }

  public int port() {
    return port;
  }

  public Path dataDir() {
    return dataDir;
  }

  /** JDBC URL of the platform database. */
  public String jdbcUrl() {
    return jdbcUrl(DATABASE);
  }

  /** JDBC URL of one database of the embedded server. */
  public String jdbcUrl(String database) {
    return "jdbc:postgresql://localhost:" + port + "/" + database;
  }

  private void createDatabase(String name) throws IOException {
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        PreparedStatement q = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
      q.setString(1, name);
      try (ResultSet rs = q.executeQuery()) {
        if (!rs.next()) {
          try (Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
          }
        }
      }
    } catch (SQLException e) {
      throw new IOException("Could not create database " + name + ": " + e.getMessage(), e);
    }
  }

  /**
   * A postmaster left running by a launcher that was killed holds the data folder; stop it, since
   * nobody else can be using our private data folder.
   */
  private void stopOrphan() throws IOException {
    Path pidFile = dataDir.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return;
    }
    List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
    Optional<ProcessHandle> orphan =
        lines.isEmpty() ? Optional.empty() : ProcessHandle.of(Long.parseLong(lines.get(0).trim()));
    if (orphan.isPresent()
        && orphan.get().isAlive()
        && orphan.get().info().command().map(c -> c.endsWith("postgres")).orElse(false)) {
      LOG.warning(
          "Stopping PostgreSQL left running from an earlier run (pid " + orphan.get().pid() + ")");
      orphan.get().destroy();
      try {
        orphan.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
      } catch (Exception e) {
        orphan.get().destroyForcibly();
      }
    }
    Files.deleteIfExists(pidFile);
  }
}
