package it.ponte.arquillian.client;

import it.ponte.launcher.EmbeddedDatabase;
import it.ponte.launcher.PonteInstance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the embedded PostgreSQL once per test run, before Arquillian starts Payara Micro, and
 * stops it at the end. Its address reaches the container through system properties that {@code
 * arquillian.xml} puts on Payara's command line ({@code ${ponte.arquillian.db.url}}), as do the
 * HTTP port and the port of the test's trace receiver.
 *
 * <p>Runs on the client side only (registered in {@code META-INF/services}); the deployment never
 * holds this package.
 */
public class EmbeddedDatabaseSession implements LauncherSessionListener {

  private EmbeddedDatabase database;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    Path dir = Path.of(System.getProperty("ponte.arquillian.dir", "target/arquillian"));
    try {
      Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
      Path run = dir.resolve("run-" + UUID.randomUUID());
      Files.createDirectories(run.resolve("payara-tmp"));
      database = new EmbeddedDatabase(run.resolve("postgres"), PonteInstance.freePort());
      database.start();
      System.setProperty("ponte.arquillian.db.url", database.jdbcUrl());
      System.setProperty("ponte.arquillian.db.user", EmbeddedDatabase.USER);
      System.setProperty("ponte.arquillian.payara.tmp", run.resolve("payara-tmp").toString());
      // Payara's HTTP port, and where the in-container trace receiver listens: both known before
      // the container starts, so that arquillian.xml can pass them on.
      System.setProperty("ponte.arquillian.http.port", String.valueOf(PonteInstance.freePort()));
      System.setProperty("ponte.arquillian.otlp.port", String.valueOf(PonteInstance.freePort()));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (database != null) {
      database.stop();
    }
  }
}
