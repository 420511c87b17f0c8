package it.ponte.bench;

import it.ponte.bench.ceiling.CeilingWar;
import it.ponte.launcher.PonteInstance;
import java.nio.file.Path;
import java.util.UUID;

/** A fresh platform of its own for one benchmark: its own folder, free ports, its log in there. */
final class BenchPlatform {

  private BenchPlatform() {}

  /** Built, not started; {@code name} prefixes its work folder. */
  static PonteInstance instance(String name) {
    return instance(name, false);
  }

  /**
   * Built, not started; with {@code ceiling}, the ceiling application (a bare JAX-RS endpoint) is
   * deployed beside Ponte at {@value CeilingWar#CONTEXT_ROOT}.
   */
  static PonteInstance instance(String name, boolean ceiling) {
    Path work =
        Path.of(System.getProperty("ponte.it.work.dir", "target/bench"))
            .resolve(name + "-" + UUID.randomUUID());
    java.util.List<String> jvm = new java.util.ArrayList<>(java.util.List.of("-Xmx1g"));
    if (Boolean.getBoolean("bench.profile")) {
      // -Dbench.profile=true: flight recordings of the server, to see where the time goes; one
      // file per server process in this folder (a benchmark restarts its server), named by the JVM.
      Path recordings = work.resolve("recordings");
      try {
        java.nio.file.Files.createDirectories(recordings);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      jvm.add("-XX:StartFlightRecording=settings=profile,filename=" + recordings);
      // A request's stack runs deeper than JFR's default 64 frames (servlet filters, Jersey, CDI
      // interceptors, EclipseLink): cut there, a sample loses the frames that say which request
      // and which layer it belongs to.
      jvm.add("-XX:FlightRecorderOptions:stackdepth=256");
      System.out.println("Flight recordings of the server: " + recordings);
    }
    PonteInstance.Builder builder = PonteInstance.builder();
    if (ceiling) {
      try {
        builder.alsoDeploy(CeilingWar.write(work.resolve("ceiling.war")), CeilingWar.CONTEXT_ROOT);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return builder
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
