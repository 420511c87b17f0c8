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
    java.util.List<String> jvm = new java.util.ArrayList<>(java.util.List.of("-Xmx1g"));
    if (Boolean.getBoolean("bench.profile")) {
      // -Dbench.profile=true: a flight recording of the server, to see where the time goes.
      jvm.add("-XX:StartFlightRecording=settings=profile,filename=" + work.resolve("server.jfr"));
      System.out.println("Flight recording of the server: " + work.resolve("server.jfr"));
    }
    return PonteInstance.builder()
        .jvmOptions(jvm)
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
