package it.ponte.launcher;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Payara Micro with the platform WAR, run as a child JVM. */
public final class PayaraServer implements AutoCloseable {

  private final Path payaraJar;
  private final Path war;
  private final Path workDir;
  private final int httpPort;
  private final Map<String, String> environment;
  private final List<String> jvmOptions;
  private final List<String> otherDeployments = new ArrayList<>();
  private final ChildProcess child;

  /**
   * @param logFile where the server's output goes; null to share the launcher's console
   * @param environment settings passed as environment variables (PONTE_DB_URL...)
   */
  public PayaraServer(
      Path payaraJar,
      Path war,
      Path workDir,
      int httpPort,
      Map<String, String> environment,
      List<String> jvmOptions,
      Path logFile) {
    this.payaraJar = payaraJar;
    this.war = war;
    this.workDir = workDir;
    this.httpPort = httpPort;
    this.environment = Map.copyOf(environment);
    this.jvmOptions = List.copyOf(jvmOptions);
    this.child = new ChildProcess("Payara Micro", logFile);
  }

  /**
   * Deploys another WAR beside the platform at {@code contextRoot} (e.g. the benchmarks' ceiling
   * application) from the next start on.
   */
  public synchronized void alsoDeploy(Path otherWar, String contextRoot) {
    otherDeployments.add(otherWar + ":" + contextRoot);
  }

  /** Starts the server JVM; returns at once (see {@link #awaitReady}). */
  public synchronized void start() throws IOException {
    if (child.isAlive()) {
      return;
    }
    for (Path required : List.of(payaraJar, war)) {
      if (!Files.isRegularFile(required)) {
        throw new IOException("Missing " + required + ": build first (./mvnw install -DskipTests)");
      }
    }
    Path tmp = workDir.resolve("tmp");
    Files.createDirectories(tmp);
    // Payara Micro keeps what it deployed in its root directory and, when started on the same one,
    // deploys that copy first and then --deploy's WAR over it: two deployments of the application,
    // and readiness checks of the discarded one could stay registered and never turn UP. Every
    // start
    // therefore gets an empty root directory; nothing of value lives there.
    Path root = workDir.resolve("payara-root");
    deleteTree(root);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // JVM options go before -jar: Payara Micro rejects them after it.
    command.add("-Djava.io.tmpdir=" + tmp);
    command.addAll(jvmOptions);
    command.add("-jar");
    command.add(payaraJar.toString());
    command.addAll(
        List.of(
            "--deploy",
            war.toString(),
            "--contextroot",
            "/",
            "--port",
            String.valueOf(httpPort),
            "--nocluster",
            "--rootdir",
            root.toString()));
    for (String other : otherDeployments) {
      command.add("--deploy");
      command.add(other);
    }
    child.start(command, workDir, environment);
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (var paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /**
   * Waits until {@code /health/ready} answers 200.
   *
   * @throws IOException if the server exits or is not ready within the timeout
   */
  public void awaitReady(Duration timeout) throws IOException {
    child.awaitHttpOk(URI.create(baseUrl() + "/health/ready"), timeout);
  }

  /** Stops the server JVM: politely first, then forcibly; also any process it started. */
  public void stop() {
    child.stop(Duration.ofSeconds(40));
  }

  /** Kills the server JVM at once, as a crash would (kill -9): no shutdown hook runs. */
  public void kill() {
    child.stop(Duration.ZERO);
  }

  @Override
  public void close() {
    stop();
  }

  public boolean isAlive() {
    return child.isAlive();
  }

  /** The server JVM's process id while it runs (e.g. for jcmd). */
  public java.util.OptionalLong pid() {
    return child.pid();
  }

  public String baseUrl() {
    return "http://localhost:" + httpPort;
  }

  public Path logFile() {
    return child.logFile();
  }
}
