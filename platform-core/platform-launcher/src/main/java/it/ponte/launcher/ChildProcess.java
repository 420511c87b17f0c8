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
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A server the launcher runs as a child process (Payara Micro, Keycloak): started with its output
 * in a log file or on the console, awaited through an HTTP probe, and stopped with every process it
 * started, so nothing is left behind.
 */
final class ChildProcess {

  private final String name;
  private final Path logFile;
  private Process process;

  /**
   * @param name what it is, for messages ("Payara Micro")
   * @param logFile where its output goes; null for the launcher's console
   */
  ChildProcess(String name, Path logFile) {
    this.name = name;
    this.logFile = logFile;
  }

  /** Starts the command unless it is already running; returns at once. */
  synchronized void start(List<String> command, Path directory, Map<String, String> environment)
      throws IOException {
    if (process != null && process.isAlive()) {
      return;
    }
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
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
   * Waits until {@code probe} answers 200.
   *
   * @throws IOException if the process exits or the probe does not succeed within the timeout
   */
  void awaitHttpOk(URI probe, Duration timeout) throws IOException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest request = HttpRequest.newBuilder(probe).timeout(Duration.ofSeconds(5)).build();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      Process p = process;
      if (p == null || !p.isAlive()) {
        throw new IOException(
            name + " exited" + (p == null ? "" : " with code " + p.exitValue()) + seeLog());
      }
      try {
        if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
        Thread.sleep(250);
      } catch (IOException notYet) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("Interrupted while waiting for " + name, e);
      }
    }
    throw new IOException(name + " not ready after " + timeout + seeLog());
  }

  /** Stops the process and its descendants: politely first, forcibly after the grace period. */
  synchronized void stop(Duration grace) {
    if (process == null) {
      return;
    }
    ProcessHandle root = process.toHandle();
    List<ProcessHandle> tree = root.descendants().toList();
    tree.forEach(ProcessHandle::destroy);
    root.destroy();
    long deadline = System.nanoTime() + grace.toNanos();
    for (ProcessHandle p : concat(tree, root)) {
      try {
        long left = Math.max(1, deadline - System.nanoTime());
        p.onExit().get(left, TimeUnit.NANOSECONDS);
      } catch (Exception e) {
        p.destroyForcibly();
      }
    }
    process = null;
  }

  boolean isAlive() {
    return process != null && process.isAlive();
  }

  Path logFile() {
    return logFile;
  }

  private String seeLog() {
    return logFile == null ? "" : "; see " + logFile;
  }

  private static List<ProcessHandle> concat(List<ProcessHandle> tree, ProcessHandle root) {
    List<ProcessHandle> all = new java.util.ArrayList<>(tree);
    all.add(root);
    return all;
  }
}
