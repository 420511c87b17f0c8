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
            .jvmOptions(Arrays.asList(setting("PONTE_JAVA_OPTS", "-Xmx1g").trim().split("\\s+")));
    if (!dbUrl.isBlank()) {
      builder.externalDatabase(
          dbUrl, setting("PONTE_DB_USER", "ponte"), setting("PONTE_DB_PASSWORD", ""));
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
    instance.start();
    double seconds = (System.nanoTime() - started) / 1e9;
    String base = instance.baseUrl();
    String firstTenant = demoTenants(tenantsDir).stream().findFirst().orElse("bergamo");
    System.out.printf(
        Locale.ROOT,
        "%n==================================================================%n"
            + " Ponte is ready (%.1f s)%n"
            + "   Tenants     %s/api/platform/tenants%n"
            + "   Companies   %s/api/t/%s/companies%n"
            + "   OpenAPI     %s/openapi%n"
            + "   Health      %s/health/ready%n"
            + "   Metrics     %s/metrics%n"
            + "   Database    %s%s%n"
            + "   Demo tenants: %s%n"
            + " The API is not authenticated yet (identity is its own issue):%n"
            + " do not expose this port beyond your machine.%n"
            + " Press Ctrl-C to stop.%n"
            + "==================================================================%n",
        seconds,
        base,
        base,
        firstTenant,
        base,
        base,
        base,
        instance.jdbcUrl(),
        instance.usesEmbeddedDatabase() ? " (embedded)" : "",
        String.join(", ", demoTenants(tenantsDir)));
    Thread.currentThread().join();
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
