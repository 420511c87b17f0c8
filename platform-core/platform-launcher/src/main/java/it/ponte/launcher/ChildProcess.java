package it.ponte.launcher;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
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

  /** The running process's id, if it runs. */
  synchronized java.util.OptionalLong pid() {
    return process != null && process.isAlive()
        ? java.util.OptionalLong.of(process.pid())
        : java.util.OptionalLong.empty();
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
   * <p>Each probe is a fresh blocking HTTP/1.1 connection with socket timeouts. The JDK's {@code
   * HttpClient} is not used here: after a server restart its {@code send} was seen blocking for
   * good on a dead pooled connection, its request timeout never firing.
   *
   * @throws IOException if the process exits or the probe does not succeed within the timeout
   */
  void awaitHttpOk(URI probe, Duration timeout) throws IOException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      Process p = process;
      if (p == null || !p.isAlive()) {
        throw new IOException(
            name + " exited" + (p == null ? "" : " with code " + p.exitValue()) + seeLog());
      }
      if (answersOk(probe)) {
        return;
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("Interrupted while waiting for " + name, e);
      }
    }
    throw new IOException(name + " not ready after " + timeout + seeLog());
  }

  private static boolean answersOk(URI probe) {
    HttpURLConnection connection = null;
    try {
      connection = (HttpURLConnection) probe.toURL().openConnection();
      connection.setConnectTimeout(2_000);
      connection.setReadTimeout(5_000);
      connection.setUseCaches(false);
      connection.setRequestProperty("Connection", "close");
      int status = connection.getResponseCode();
      try (InputStream body =
          status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
        if (body != null) {
          body.transferTo(OutputStream.nullOutputStream());
        }
      }
      return status == 200;
    } catch (IOException notYet) {
      return false; // not listening yet, or not answering in time
    } finally {
      if (connection != null) {
        connection.disconnect();
      }
    }
  }

  /** Stops the process and its descendants: politely first, forcibly after the grace period. */
  synchronized void stop(Duration grace) {
    if (process == null) {
      return;
    }
    ProcessHandle root = process.toHandle();
    List<ProcessHandle> tree = root.descendants().toList();
    if (grace.isZero()) {
      // A crash: nothing is asked to stop, everything is killed.
      root.destroyForcibly();
      tree.forEach(ProcessHandle::destroyForcibly);
    }
    tree.forEach(ProcessHandle::destroy);
    root.destroy();
    long deadline = System.nanoTime() + grace.toNanos();
    for (ProcessHandle p : concat(tree, root)) {
      try {
        long left = Math.max(1, deadline - System.nanoTime());
        p.onExit().get(left, TimeUnit.NANOSECONDS);
      } catch (Exception e) {
        p.destroyForcibly();
        try {
          // Wait for the forced exit too: a process still dying holds its port and files.
          p.onExit().get(10, TimeUnit.SECONDS);
        } catch (Exception stillThere) {
          // the kernel has it; nothing more a launcher can do
        }
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
