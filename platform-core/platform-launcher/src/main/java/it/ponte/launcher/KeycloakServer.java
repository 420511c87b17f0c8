package it.ponte.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A local Keycloak from the Maven Central distribution, run as a child process in development mode
 * with the {@code ponte} realm imported on first start. Its data lives in the database it is given
 * (an H2 file in the launcher's data folder for the demo and the tests), so it survives restarts.
 */
public final class KeycloakServer implements AutoCloseable {

  /** The realm of the platform. */
  public static final String REALM = "ponte";

  /** Bootstrap administrator of the local server (master realm); local use only. */
  public static final String ADMIN_USER = "admin";

  private final Path home;
  private final int httpPort;
  private final Map<String, String> database;
  private final ChildProcess child;
  private final LocalSecrets secrets;

  /**
   * @param home the unpacked distribution (its {@code bin/kc.sh})
   * @param database KC_DB* settings, or empty for Keycloak's own dev-file database
   * @param logFile where its output goes; null for the launcher's console
   */
  public KeycloakServer(
      Path home, int httpPort, Map<String, String> database, Path logFile, LocalSecrets secrets) {
    this.secrets = secrets;
    this.home = home;
    this.httpPort = httpPort;
    this.database = Map.copyOf(database);
    this.child = new ChildProcess("Keycloak", logFile);
  }

  /** Starts Keycloak; returns at once (see {@link #awaitReady}). */
  public synchronized void start() throws IOException {
    if (child.isAlive()) {
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
      // The realm is imported only when it does not exist yet: the secret of its first start stays.
      String json =
          new String(realm.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
              .replace(LocalSecrets.CLIENT_SECRET_PLACEHOLDER, secrets.platformClientSecret());
      Files.writeString(imports.resolve("ponte-realm.json"), json);
    }
    Map<String, String> env = new java.util.LinkedHashMap<>();
    env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER);
    env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", secrets.adminPassword());
    env.put("JAVA_OPTS_APPEND", "-Djava.io.tmpdir=" + home.resolve("data/tmp"));
    env.putAll(database);
    Files.createDirectories(home.resolve("data/tmp"));
    child.start(
        List.of(
            kc.toString(),
            "start-dev",
            "--http-port=" + httpPort,
            "--http-host=127.0.0.1",
            "--import-realm",
            "--health-enabled=false",
            "--metrics-enabled=false"),
        home,
        env);
  }

  /** Waits until the realm's OpenID configuration answers. */
  public void awaitReady(Duration timeout) throws IOException {
    child.awaitHttpOk(URI.create(issuer() + "/.well-known/openid-configuration"), timeout);
  }

  /** Stops Keycloak: kc.sh runs Java as a child, so the whole process tree is stopped. */
  public void stop() {
    child.stop(Duration.ofSeconds(40));
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
    return child.logFile();
  }
}
