package it.ponte.launcher;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A local Keycloak from the Maven Central distribution, run as a child process in development mode
 * with the {@code ponte} realm imported on first start. Its data lives in the given PostgreSQL
 * database (the embedded one for the demo and the tests), so it survives restarts.
 */
public final class KeycloakServer implements AutoCloseable {

  /** The realm of the platform. */
  public static final String REALM = "ponte";

  /** Bootstrap administrator of the local server (master realm); local use only. */
  public static final String ADMIN_USER = "admin";

  public static final String ADMIN_PASSWORD = "admin";

  private final Path home;
  private final int httpPort;
  private final Map<String, String> database;
  private final Path logFile;
  private Process process;

  /**
   * @param home the unpacked distribution (its {@code bin/kc.sh})
   * @param database KC_DB* settings, or empty for Keycloak's own dev-file database
   * @param logFile where its output goes; null for the launcher's console
   */
  public KeycloakServer(Path home, int httpPort, Map<String, String> database, Path logFile) {
    this.home = home;
    this.httpPort = httpPort;
    this.database = Map.copyOf(database);
    this.logFile = logFile;
  }

  /** Starts Keycloak; returns at once (see {@link #awaitReady}). */
  public synchronized void start() throws IOException {
    if (process != null && process.isAlive()) {
      return;
    }
    Path kc = home.resolve("bin/kc.sh");
    if (!Files.isRegularFile(kc)) {
      throw new IOException("Missing " + kc + ": build first (./mvnw install -DskipTests)");
    }
    kc.toFile().setExecutable(true);
    Path imports = home.resolve("data/import");
    Files.createDirectories(imports);
    try (InputStream realm =
        KeycloakServer.class.getResourceAsStream("/keycloak/ponte-realm.json")) {
      Files.copy(realm, imports.resolve("ponte-realm.json"), StandardCopyOption.REPLACE_EXISTING);
    }
    ProcessBuilder builder =
        new ProcessBuilder(
                List.of(
                    kc.toString(),
                    "start-dev",
                    "--http-port=" + httpPort,
                    "--http-host=127.0.0.1",
                    "--import-realm",
                    "--health-enabled=false",
                    "--metrics-enabled=false"))
            .directory(home.toFile());
    Map<String, String> env = builder.environment();
    env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER);
    env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
    env.put("JAVA_OPTS_APPEND", "-Djava.io.tmpdir=" + home.resolve("data/tmp"));
    env.putAll(database);
    Files.createDirectories(home.resolve("data/tmp"));
    builder.redirectErrorStream(true);
    if (logFile == null) {
      builder.redirectOutput(ProcessBuilder.Redirect.INHERIT);
    } else {
      Files.createDirectories(logFile.getParent());
      builder.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
    }
    builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    process = builder.start();
  }

  /** Waits until the realm's OpenID configuration answers. */
  public void awaitReady(Duration timeout) throws IOException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest probe =
        HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
            .timeout(Duration.ofSeconds(5))
            .build();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (process == null || !process.isAlive()) {
        throw new IOException("Keycloak exited" + (logFile == null ? "" : "; see " + logFile));
      }
      try {
        if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("Interrupted while waiting for Keycloak", e);
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("Interrupted while waiting for Keycloak", e);
      }
    }
    throw new IOException(
        "Keycloak not ready after " + timeout + (logFile == null ? "" : "; see " + logFile));
  }

  /** Stops Keycloak: kc.sh runs Java as a child, so the whole process tree is stopped. */
  public synchronized void stop() {
    if (process == null) {
      return;
    }
    ProcessHandle shell = process.toHandle();
    List<ProcessHandle> tree = shell.descendants().toList();
    tree.forEach(ProcessHandle::destroy);
    shell.destroy();
    for (ProcessHandle p : tree) {
      try {
        p.onExit().get(30, TimeUnit.SECONDS);
      } catch (Exception e) {
        p.destroyForcibly();
      }
    }
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        shell.destroyForcibly();
      }
    } catch (InterruptedException e) {
      shell.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    process = null;
  }

  @Override
  public void close() {
    stop();
  }

  public String baseUrl() {
    return "http://localhost:" + httpPort;
  }

  /** The issuer of the platform realm's tokens. */
  public String issuer() {
    return baseUrl() + "/realms/" + REALM;
  }

  public Path logFile() {
    return logFile;
  }
}
