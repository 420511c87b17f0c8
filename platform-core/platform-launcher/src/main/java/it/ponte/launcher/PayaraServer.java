package it.ponte.launcher;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Payara Micro with the platform WAR, run as a child JVM. */
public final class PayaraServer implements AutoCloseable {

  private final Path payaraJar;
  private final Path war;
  private final Path workDir;
  private final int httpPort;
  private final Map<String, String> environment;
  private final Path logFile;
  private final List<String> jvmOptions;
  private Process process;

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
    this.logFile = logFile;
  }

  /** Starts the server JVM; returns at once (see {@link #awaitReady}). */
  public synchronized void start() throws IOException {
    if (process != null && process.isAlive()) {
      return;
    }
    for (Path required : List.of(payaraJar, war)) {
      if (!Files.isRegularFile(required)) {
        throw new IOException("Missing " + required + ": build first (./mvnw install -DskipTests)");
      }
    }
    Path tmp = workDir.resolve("tmp");
    Files.createDirectories(tmp);
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
            workDir.resolve("payara-root").toString()));
    ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
    builder.environment().putAll(environment);
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

  /**
   * Waits until {@code /health/ready} answers 200.
   *
   * @throws IOException if the server exits or is not ready within the timeout
   */
  public void awaitReady(Duration timeout) throws IOException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest ready =
        HttpRequest.newBuilder(URI.create(baseUrl() + "/health/ready"))
            .timeout(Duration.ofSeconds(5))
            .build();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (process == null || !process.isAlive()) {
        throw new IOException(
            "Payara Micro exited with code "
                + (process == null ? "?" : process.exitValue())
                + (logFile == null ? "" : "; see " + logFile));
      }
      try {
        if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("Interrupted while waiting for Payara Micro", e);
      }
      sleep(250);
    }
    throw new IOException(
        "Payara Micro not ready after " + timeout + (logFile == null ? "" : "; see " + logFile));
  }

  /** Stops the server JVM: politely first, then forcibly; also any process it started. */
  public synchronized void stop() {
    if (process == null) {
      return;
    }
    ProcessHandle handle = process.toHandle();
    List<ProcessHandle> descendants = handle.descendants().toList();
    handle.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        handle.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      handle.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    process = null;
  }

  @Override
  public void close() {
    stop();
  }

  public boolean isAlive() {
    return process != null && process.isAlive();
  }

  public String baseUrl() {
    return "http://localhost:" + httpPort;
  }

  public int httpPort() {
    return httpPort;
  }

  public Path logFile() {
    return logFile;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
