package it.ponte.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The README's run command: starts the platform with the demo territories and stops everything it
 * started on Ctrl-C.
 *
 * <p>Settings come from environment variables, or system properties of the same name in lower case
 * with dots ({@code PONTE_HTTP_PORT} or {@code -Dponte.http.port}).
 */
public final class PonteLauncher {

  private PonteLauncher() {}

  public static void main(String[] args) throws Exception {
    long started = System.nanoTime();
    Path projectDir =
        Path.of(setting("PONTE_PROJECT_DIR", System.getProperty("user.dir"))).toAbsolutePath();
    Path runtimeDir =
        Path.of(
            setting(
                "PONTE_RUNTIME_DIR",
                projectDir.resolve("platform-core/platform-launcher/target/runtime").toString()));
    Path dataDir =
        Path.of(setting("PONTE_DATA_DIR", projectDir.resolve(".ponte").toString()))
            .toAbsolutePath();
    Path tenantsDir =
        Path.of(setting("PONTE_TENANTS_DIR", projectDir.resolve("tenants").toString()))
            .toAbsolutePath();
    int httpPort = Integer.parseInt(setting("PONTE_HTTP_PORT", "8080"));
    String dbUrl = setting("PONTE_DB_URL", "");

    PonteInstance.Builder builder =
        PonteInstance.builder()
            .runtimeDir(runtimeDir)
            .dataDir(dataDir)
            .tenantsDir(tenantsDir)
            .httpPort(httpPort)
            .embeddedDbPort(Integer.parseInt(setting("PONTE_EMBEDDED_DB_PORT", "5433")))
            .keycloakPort(Integer.parseInt(setting("PONTE_KEYCLOAK_PORT", "8180")))
            .jvmOptions(Arrays.asList(setting("PONTE_JAVA_OPTS", "-Xmx1g").trim().split("\\s+")))
            .environment("PONTE_DEMO_DATA", setting("PONTE_DEMO_DATA", "true"))
            // The servers' own logs stay in the data folder; the console shows Ponte's lines.
            .logFile(dataDir.resolve("logs").resolve("payara.log"));
    if (!dbUrl.isBlank()) {
      builder.externalDatabase(
          dbUrl, setting("PONTE_DB_USER", "ponte"), setting("PONTE_DB_PASSWORD", ""));
    }
    String keycloakUrl = setting("PONTE_KEYCLOAK_URL", "");
    if (!keycloakUrl.isBlank()) {
      builder.externalKeycloak(
          keycloakUrl,
          setting("PONTE_KEYCLOAK_REALM", "ponte"),
          setting("PONTE_KEYCLOAK_CLIENT_ID", "ponte-platform"),
          setting("PONTE_KEYCLOAK_CLIENT_SECRET", ""));
    }
    PonteInstance instance = builder.build();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("Stopping Ponte...");
                  instance.close();
                  System.out.println("Ponte stopped.");
                },
                "ponte-shutdown"));

    System.out.println(
        instance.usesEmbeddedDatabase()
            ? "Starting embedded PostgreSQL 17 (data in "
                + dataDir.resolve("pgdata")
                + ") and Payara Micro..."
            : "Starting Payara Micro on " + dbUrl + "...");
    ServerLogFollower follower =
        new ServerLogFollower(dataDir.resolve("logs").resolve("payara.log"), System.out);
    follower.start();
    instance.start();
    double seconds = (System.nanoTime() - started) / 1e9;
    String base = instance.baseUrl();
    String firstTenant = demoTenants(tenantsDir).stream().findFirst().orElse("bergamo");
    System.out.printf(
        Locale.ROOT,
        "%n==================================================================%n"
            + " Ponte is ready (%.1f s)%n"
            + "   Console     %s/  (sign in as a demo user below)%n"
            + "   Tenants     %s/api/platform/tenants%n"
            + "   Companies   %s/api/t/%s/companies%n"
            + "   OpenAPI     %s/openapi%n"
            + "   Health      %s/health/ready%n"
            + "   Metrics     %s/metrics%n"
            + "   Database    %s%s%n"
            + "   Keycloak    %s  (realm ponte%s)%n"
            + "   Demo tenants: %s%n"
            + "   Server logs %s (here: Ponte's lines, warnings, requests)%n"
            + "%s"
            + " Press Ctrl-C to stop.%n"
            + "==================================================================%n",
        seconds,
        base,
        base,
        base,
        firstTenant,
        base,
        base,
        base,
        instance.jdbcUrl(),
        instance.usesEmbeddedDatabase() ? " (embedded)" : "",
        instance.keycloakUrl(),
        instance.usesLocalKeycloak()
            ? ", admin console user admin, password in "
                + dataDir.resolve("keycloak").resolve("secrets.properties")
            : "",
        String.join(", ", demoTenants(tenantsDir)),
        dataDir.resolve("logs"),
        instance.usesLocalKeycloak() ? demoUsers(instance.keycloakUrl(), base, firstTenant) : "");
    Thread.currentThread().join();
  }

  private static String demoUsers(String keycloak, String base, String tenant) {
    return String.format(
        Locale.ROOT,
        " Demo users (password: demo):%n"
            + "   platform.admin     platform-admin%n"
            + "   analyst            federation-analyst%n"
            + "   bergamo.admin      tenant-admin of bergamo     bologna.admin     tenant-admin of bologna%n"
            + "   bergamo.operator   operator of bergamo         bologna.operator  operator of bologna%n"
            + "   bergamo.viewer     viewer of bergamo%n"
            + " Get a token and call the API:%n"
            + "   TOKEN=$(curl -s -d grant_type=password -d client_id=ponte-cli -d username=%s.operator \\%n"
            + "     -d password=demo %s/realms/ponte/protocol/openid-connect/token | sed 's/.*\"access_token\":\"\\([^\"]*\\)\".*/\\1/')%n"
            + "   curl -H \"Authorization: Bearer $TOKEN\" %s/api/t/%s/companies%n",
        tenant,
        keycloak,
        base,
        tenant);
  }

  private static List<String> demoTenants(Path tenantsDir) {
    if (!Files.isDirectory(tenantsDir)) {
      return List.of();
    }
    try (Stream<Path> folders = Files.list(tenantsDir)) {
      return folders
          .filter(p -> Files.isRegularFile(p.resolve("tenant.yaml")))
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList();
    } catch (java.io.IOException e) {
      return List.of();
    }
  }

  /** An environment variable, else the matching system property, else the default. */
  static String setting(String envName, String defaultValue) {
    String fromEnv = System.getenv(envName);
    if (fromEnv != null && !fromEnv.isBlank()) {
      return fromEnv;
    }
    String property = System.getProperty(envName.toLowerCase(Locale.ROOT).replace('_', '.'));
    return property != null && !property.isBlank() ? property : defaultValue;
  }
}
