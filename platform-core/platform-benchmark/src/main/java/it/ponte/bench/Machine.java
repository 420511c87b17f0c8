package it.ponte.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Facts of the machine a run measured on, so that runs can be compared. */
record Machine(int cores, String cpu, long memoryMb, String os, String java, String commit) {

  private static Machine facts;

  static synchronized Machine facts() {
    if (facts == null) {
      facts =
          new Machine(
              Runtime.getRuntime().availableProcessors(),
              procLine("/proc/cpuinfo", "model name").orElse(System.getProperty("os.arch")),
              procLine("/proc/meminfo", "MemTotal")
                  .map(v -> Long.parseLong(v.replaceAll("\\D", "")) / 1024)
                  .orElse(-1L),
              System.getProperty("os.name") + " " + System.getProperty("os.version"),
              System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
              gitCommit());
    }
    return facts;
  }

  JsonObject json() {
    return Json.createObjectBuilder()
        .add("cores", cores)
        .add("cpu", cpu)
        .add("memoryMb", memoryMb)
        .add("os", os)
        .add("java", java)
        .add("commit", commit)
        .build();
  }

  String markdown() {
    return String.format(
        Locale.ROOT,
        "Machine: %d cores (%s), %,d MB, %s, %s; commit %s. The load generator, PostgreSQL,"
            + " Keycloak and the server share it.",
        cores,
        cpu,
        memoryMb,
        os,
        java,
        commit);
  }

  private static Optional<String> procLine(String file, String key) {
    try {
      return Files.readAllLines(Path.of(file), StandardCharsets.UTF_8).stream()
          .filter(l -> l.startsWith(key))
          .map(l -> l.substring(l.indexOf(':') + 1).trim())
          .findFirst();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static String gitCommit() {
    try {
      Process git =
          new ProcessBuilder("git", "rev-parse", "--short", "HEAD")
              .directory(Path.of(System.getProperty("ponte.project.dir", ".")).toFile())
              .redirectErrorStream(true)
              .start();
      String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      return git.waitFor(10, TimeUnit.SECONDS) && git.exitValue() == 0 ? out : "unknown";
    } catch (IOException e) {
      return "unknown";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "unknown";
    }
  }
}
