package it.ponte.bench;

import it.ponte.launcher.PonteInstance;
import java.nio.file.Path;
import java.util.UUID;

/** A fresh platform of its own for one benchmark: its own folder, free ports, its log in there. */
final class BenchPlatform {

  private BenchPlatform() {}

  /** Built, not started; {@code name} prefixes its work folder. */
  static PonteInstance instance(String name) {
    Path work =
        Path.of(System.getProperty("ponte.it.work.dir", "target/bench"))
            .resolve(name + "-" + UUID.randomUUID());
    return PonteInstance.builder()
        .runtimeDir(Path.of(System.getProperty("ponte.runtime.dir")))
        .dataDir(work)
        .tenantsDir(Path.of(System.getProperty("ponte.project.dir")).resolve("tenants"))
        .httpPort(PonteInstance.freePort())
        .embeddedDbPort(PonteInstance.freePort())
        .keycloakPort(PonteInstance.freePort())
        .logFile(work.resolve("payara.log"))
        .build();
  }
}
