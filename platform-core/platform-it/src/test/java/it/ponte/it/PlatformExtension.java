package it.ponte.it;

import it.ponte.launcher.PonteInstance;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests a {@link Platform}: one real platform (Payara Micro with the WAR, embedded PostgreSQL
 * 17, the repository's tenant descriptors) started once per test run and stopped at its end,
 * however many test classes use it.
 */
public class PlatformExtension implements ParameterResolver {

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Platform.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context
        .getRoot()
        .getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(Platform.class, key -> start(), Platform.class);
  }

  private static Platform start() {
    Path work = Path.of(required("ponte.it.work.dir")).resolve("run-" + UUID.randomUUID());
    PonteInstance instance =
        PonteInstance.builder()
            .runtimeDir(Path.of(required("ponte.runtime.dir")))
            .dataDir(work)
            .tenantsDir(Path.of(required("ponte.project.dir")).resolve("tenants"))
            .httpPort(PonteInstance.freePort())
            .embeddedDbPort(PonteInstance.freePort())
            .keycloakPort(PonteInstance.freePort())
            .keycloakVersion(required("ponte.keycloak.version"))
            .environment("PONTE_AUTH_CLOCK_SKEW_SECONDS", "2")
            .environment("PONTE_DEMO_DATA", "true")
            .environment("PONTE_PLUGINS_TASK_SECONDS", "2")
            // Short, so that a test of a held lock waits seconds, not half a minute.
            .environment("PONTE_DB_STATEMENT_TIMEOUT_SECONDS", "4")
            // The distribution WAR has the real plugins; the fixture plugins are added to a copy.
            .pluginJars(java.util.List.of(Path.of(required("ponte.it.plugins.jar"))))
            .jvmOptions(java.util.List.of("-Xmx768m"))
            .logFile(work.resolve("payara.log"))
            .build();
    try {
      long started = System.nanoTime();
      instance.start();
      System.out.printf(
          "Platform for integration tests ready in %.1f s at %s (log: %s)%n",
          (System.nanoTime() - started) / 1e9, instance.baseUrl(), instance.serverLog());
    } catch (Exception e) {
      instance.close();
      throw new IllegalStateException("Could not start the platform: " + e.getMessage(), e);
    }
    return new Platform(instance);
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null) {
      throw new IllegalStateException(
          "System property " + property + " is not set (see platform-it/pom.xml)");
    }
    return value;
  }
}
