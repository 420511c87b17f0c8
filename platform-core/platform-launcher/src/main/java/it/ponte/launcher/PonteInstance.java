package it.ponte.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One running platform: the database (embedded unless an external one is given) and Payara Micro
 * with the platform WAR. The README's run command and the integration tests both start it through
 * this class, so tests run what users run.
 */
public final class PonteInstance implements AutoCloseable {

  /** Time allowed from process start to readiness. */
  public static final Duration READY_TIMEOUT = Duration.ofMinutes(4);

  private final EmbeddedDatabase embedded;
  private final KeycloakServer keycloak;
  private final String keycloakUrl;
  private final PayaraServer server;
  private final String jdbcUrl;
  private final String dbUser;
  private final String dbPassword;
  private final LocalSecrets localSecrets;
  private final String clientSecret;
  private Tokens tokens;

  private PonteInstance(Builder b) {
    Path payaraJar = b.runtimeDir.resolve("payara-micro.jar");
    Path war = b.runtimeDir.resolve("ponte.war");
    if (!b.pluginJars.isEmpty()) {
      war = PluginBundle.bundle(war, b.pluginJars, b.dataDir.resolve("platform-with-plugins.war"));
    }
    if (b.externalDbUrl == null) {
      embedded = new EmbeddedDatabase(b.dataDir.resolve("pgdata"), b.embeddedDbPort);
      jdbcUrl = embedded.jdbcUrl();
      dbUser = EmbeddedDatabase.USER;
      dbPassword = "postgres";
    } else {
      embedded = null;
      jdbcUrl = b.externalDbUrl;
      dbUser = b.externalDbUser;
      dbPassword = b.externalDbPassword;
    }
    if (b.externalKeycloakUrl == null) {
      // Keycloak keeps its own H2 file database in our data folder: independent of the platform's
      // PostgreSQL (an outage of one is not an outage of the other) and kept across restarts.
      Map<String, String> kcDb = new LinkedHashMap<>();
      kcDb.put("KC_DB", "dev-file");
      kcDb.put(
          "KC_DB_URL",
          "jdbc:h2:file:"
              + b.dataDir.resolve("keycloak").resolve("keycloakdb")
              + ";NON_KEYWORDS=VALUE");
      Path kcLog = b.logFile == null ? null : b.logFile.resolveSibling("keycloak.log");
      localSecrets = LocalSecrets.of(b.dataDir);
      keycloak =
          new KeycloakServer(
              b.runtimeDir.resolve("keycloak-" + b.keycloakVersion),
              b.keycloakPort,
              kcDb,
              kcLog,
              localSecrets);
      keycloakUrl = keycloak.baseUrl();
      clientSecret = localSecrets.platformClientSecret();
    } else {
      keycloak = null;
      localSecrets = null;
      keycloakUrl = b.externalKeycloakUrl;
      clientSecret = b.keycloakClientSecret;
    }
    Map<String, String> env = new LinkedHashMap<>();
    env.put("PONTE_KEYCLOAK_URL", keycloakUrl);
    env.put("PONTE_KEYCLOAK_REALM", b.keycloakRealm);
    env.put("PONTE_KEYCLOAK_CLIENT_ID", b.keycloakClientId);
    env.put("PONTE_KEYCLOAK_CLIENT_SECRET", clientSecret);
    env.put("PONTE_DB_URL", jdbcUrl);
    env.put("PONTE_DB_USER", dbUser);
    env.put("PONTE_DB_PASSWORD", dbPassword);
    env.put("PONTE_TENANTS_DIR", b.tenantsDir == null ? "" : b.tenantsDir.toString());
    env.putAll(b.environment);
    server = new PayaraServer(payaraJar, war, b.dataDir, b.httpPort, env, b.jvmOptions, b.logFile);
    b.otherDeployments.forEach(server::alsoDeploy);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts the database, Keycloak and the server, waits until the platform reports ready, then
   * makes the demo users members of their territories' organizations (which the platform created).
   */
  public PonteInstance start() throws IOException {
    if (embedded != null) {
      embedded.start();
    }
    if (keycloak != null) {
      keycloak.start();
      keycloak.awaitReady(READY_TIMEOUT);
    }
    server.start();
    server.awaitReady(READY_TIMEOUT);
    if (keycloak != null) {
      KeycloakAdmin admin = keycloakAdmin();
      try {
        admin.allowConsoleAt(server.baseUrl());
      } catch (IOException e) {
        System.err.println("The web console may not sign in: " + e.getMessage());
      }
      for (String[] membership : KeycloakAdmin.demoMemberships()) {
        try {
          admin.addMember(membership[0], membership[1], membership[2]);
        } catch (IOException e) {
          System.err.println(
              "Demo user "
                  + membership[0]
                  + " not added to "
                  + membership[1]
                  + ": "
                  + e.getMessage());
        }
      }
    }
    return this;
  }

  /** Stops the local Keycloak (to test an outage). */
  public void stopKeycloak() {
    requireKeycloak().stop();
  }

  /** Starts the local Keycloak again; returns once it serves the realm. */
  public void startKeycloak() throws IOException {
    requireKeycloak().start();
    requireKeycloak().awaitReady(READY_TIMEOUT);
  }

  /** Admin helper for the local Keycloak. */
  public KeycloakAdmin keycloakAdmin() {
    requireKeycloak();
    return new KeycloakAdmin(keycloakUrl, localSecrets.adminPassword());
  }

  /** The demo users' tokens, cached for this instance (see {@link Tokens}). */
  public synchronized Tokens tokens() {
    if (tokens == null) {
      tokens = new Tokens(keycloakAdmin(), KeycloakAdmin.DEMO_PASSWORD);
    }
    return tokens;
  }

  /** Base URL of Keycloak (local or external). */
  public String keycloakUrl() {
    return keycloakUrl;
  }

  public boolean usesLocalKeycloak() {
    return keycloak != null;
  }

  private KeycloakServer requireKeycloak() {
    if (keycloak == null) {
      throw new IllegalStateException("This instance uses an external Keycloak");
    }
    return keycloak;
  }

  /** Stops the server and restarts it on the same database; returns once ready again. */
  public void restartServer() throws IOException {
    stopServer();
    startServer();
  }

  /** Stops the server only; the database keeps running. */
  public void stopServer() {
    server.stop();
  }

  /** Starts the server again after {@link #stopServer()}; returns once ready. */
  public void startServer() throws IOException {
    server.start();
    server.awaitReady(READY_TIMEOUT);
  }

  /** Stops the embedded database (to test an outage); its data stays. */
  public void stopDatabase() {
    requireEmbedded().stop();
  }

  /** Kills the embedded database as a crash would (kill -9); {@link #startDatabase} recovers it. */
  public void killDatabase() throws IOException {
    requireEmbedded().kill();
  }

  /** Kills the server as a crash would (kill -9); {@link #startServer} starts it again. */
  public void killServer() {
    server.kill();
  }

  /** Starts the embedded database again after {@link #stopDatabase()}. */
  public void startDatabase() throws IOException {
    requireEmbedded().start();
  }

  public String baseUrl() {
    return server.baseUrl();
  }

  public String jdbcUrl() {
    return jdbcUrl;
  }

  public String dbUser() {
    return dbUser;
  }

  public String dbPassword() {
    return dbPassword;
  }

  public boolean usesEmbeddedDatabase() {
    return embedded != null;
  }

  /** The server JVM's process id while it runs (e.g. for jcmd). */
  public java.util.OptionalLong serverPid() {
    return server.pid();
  }

  public Path serverLog() {
    return server.logFile();
  }

  @Override
  public void close() {
    server.stop();
    if (keycloak != null) {
      keycloak.stop();
    }
    if (embedded != null) {
      embedded.stop();
    }
  }

  private EmbeddedDatabase requireEmbedded() {
    if (embedded == null) {
      throw new IllegalStateException("This instance uses an external database");
    }
    return embedded;
  }

  /** A free TCP port on this machine, for tests that run beside other servers. */
  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Settings of an instance; every path is required unless said otherwise. */
  public static final class Builder {
    private Path runtimeDir;
    private Path dataDir;
    private Path tenantsDir;
    private Path logFile;
    private int httpPort = 8080;
    private int embeddedDbPort = 5433;
    private String externalDbUrl;
    private String externalDbUser;
    private String externalDbPassword;
    private List<String> jvmOptions = List.of("-Xmx1g");
    private String keycloakVersion = System.getProperty("ponte.keycloak.version", "26.7.3");
    private int keycloakPort = 8180;
    private String externalKeycloakUrl;
    private String keycloakRealm = KeycloakServer.REALM;
    private String keycloakClientId = "ponte-platform";
    private String keycloakClientSecret = "";
    private final Map<String, String> environment = new LinkedHashMap<>();
    private final List<Path> pluginJars = new java.util.ArrayList<>();
    private final Map<Path, String> otherDeployments = new LinkedHashMap<>();

    private Builder() {}

    /** Plugin jars to install: they are added to the application's WEB-INF/lib. */
    public Builder pluginJars(List<Path> jars) {
      this.pluginJars.addAll(jars);
      return this;
    }

    /**
     * Folder holding payara-micro.jar and ponte.war, the distribution WAR (the launcher's
     * target/runtime).
     */
    public Builder runtimeDir(Path dir) {
      this.runtimeDir = dir;
      return this;
    }

    /** Folder for the embedded database's data and Payara's work files. */
    public Builder dataDir(Path dir) {
      this.dataDir = dir;
      return this;
    }

    /** Folder of tenant descriptors reconciled at startup; null for none. */
    public Builder tenantsDir(Path dir) {
      this.tenantsDir = dir;
      return this;
    }

    /** Where the server's output goes; null (the default) for the launcher's console. */
    public Builder logFile(Path file) {
      this.logFile = file;
      return this;
    }

    public Builder httpPort(int port) {
      this.httpPort = port;
      return this;
    }

    public Builder embeddedDbPort(int port) {
      this.embeddedDbPort = port;
      return this;
    }

    /** Uses this PostgreSQL instead of starting an embedded one. */
    public Builder externalDatabase(String url, String user, String password) {
      this.externalDbUrl = Objects.requireNonNull(url);
      this.externalDbUser = Objects.requireNonNull(user);
      this.externalDbPassword = password == null ? "" : password;
      return this;
    }

    /** Version of the Keycloak distribution unpacked in the runtime folder. */
    public Builder keycloakVersion(String version) {
      this.keycloakVersion = Objects.requireNonNull(version);
      return this;
    }

    /** HTTP port of the local Keycloak. */
    public Builder keycloakPort(int port) {
      this.keycloakPort = port;
      return this;
    }

    /**
     * Uses an existing Keycloak instead of starting one: its base URL, realm and the confidential
     * client the platform uses for the Admin API.
     */
    public Builder externalKeycloak(
        String baseUrl, String realm, String clientId, String clientSecret) {
      this.externalKeycloakUrl = Objects.requireNonNull(baseUrl);
      this.keycloakRealm = Objects.requireNonNull(realm);
      this.keycloakClientId = Objects.requireNonNull(clientId);
      this.keycloakClientSecret = clientSecret == null ? "" : clientSecret;
      return this;
    }

    /** Options of the server JVM, e.g. -Xmx1g. */
    public Builder jvmOptions(List<String> options) {
      this.jvmOptions = List.copyOf(options);
      return this;
    }

    /** Another WAR deployed beside the platform, at {@code contextRoot} (e.g. "/ceiling"). */
    public Builder alsoDeploy(Path war, String contextRoot) {
      this.otherDeployments.put(war, contextRoot);
      return this;
    }

    /** An extra setting for the server, as an environment variable (e.g. PONTE_...). */
    public Builder environment(String name, String value) {
      this.environment.put(name, value);
      return this;
    }

    public PonteInstance build() {
      Objects.requireNonNull(runtimeDir, "runtimeDir");
      Objects.requireNonNull(dataDir, "dataDir");
      return new PonteInstance(this);
    }
  }
}
