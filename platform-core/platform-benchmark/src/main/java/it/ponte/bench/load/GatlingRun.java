package it.ponte.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs a simulation ({@link LoadSimulation}, {@link JourneySimulation}) with Gatling in this JVM
 * and keeps its HTML report under a name.
 */
public final class GatlingRun {

  /** Held so the level sticks: Gatling logs every step of a run at INFO. */
  private static final java.util.logging.Logger GATLING =
      java.util.logging.Logger.getLogger("io.gatling");

  static {
    GATLING.setLevel(java.util.logging.Level.WARNING);
  }

  private GatlingRun() {}

  /** What a run measured, per request name ("all" for every request), and its HTML report. */
  public record Outcome(Map<String, Recorder.Stats> stats, Path report) {

    public Recorder.Stats of(String name) {
      Recorder.Stats s = stats.get(name);
      if (s == null) {
        throw new IllegalStateException("No " + name + " requests were measured: " + stats);
      }
      return s;
    }

    public Recorder.Stats reads() {
      return of(LoadSimulation.READ);
    }

    public Recorder.Stats writes() {
      return of(LoadSimulation.WRITE);
    }

    public Recorder.Stats all() {
      return of("all");
    }
  }

  /**
   * Runs the plan; its HTML report ({@code index.html}) is kept in the folder {@code name} under
   * {@code reports}.
   */
  public static Outcome run(String name, LoadSimulation.Plan plan, Path reports)
      throws IOException {
    LoadSimulation.plan = plan;
    Recorder recorder = new Recorder();
    LoadSimulation.recorder = recorder;
    return run(name, LoadSimulation.class, recorder, reports);
  }

  /**
   * Runs operator journeys ({@link JourneySimulation}); each territory's people are taken in order
   * from its first one not taken by an earlier run of this JVM.
   */
  public static Outcome journeys(String name, JourneySimulation.Plan plan, Path reports)
      throws IOException {
    if (JourneySimulation.next == null
        || JourneySimulation.next.length != plan.territories().size()) {
      java.util.concurrent.atomic.AtomicInteger[] next =
          new java.util.concurrent.atomic.AtomicInteger[plan.territories().size()];
      for (int i = 0; i < next.length; i++) {
        next[i] = new java.util.concurrent.atomic.AtomicInteger();
      }
      JourneySimulation.next = next;
    }
    JourneySimulation.plan = plan;
    Recorder recorder = new Recorder();
    JourneySimulation.recorder = recorder;
    return run(name, JourneySimulation.class, recorder, reports);
  }

  private static Outcome run(String name, Class<?> simulation, Recorder recorder, Path reports)
      throws IOException {
    // Gatling would otherwise try to send anonymous usage figures out of the machine.
    System.setProperty("gatling.data.enableAnalytics", "false");
    System.setProperty("gatling.data.console.light", "true");
    System.setProperty("gatling.data.console.writePeriod", "30");
    Files.createDirectories(reports);
    Path scratch = Files.createTempDirectory(reports, "run-");
    int status =
        io.gatling.app.Gatling$.MODULE$.fromArgs(
            new String[] {"-s", simulation.getName(), "-rf", scratch.toString(), "-rd", name});
    if (status != 0) {
      throw new IOException("Gatling ended with status " + status + " for " + name);
    }
    Path produced;
    try (Stream<Path> dirs = Files.list(scratch)) {
      List<Path> found = dirs.filter(Files::isDirectory).toList();
      if (found.size() != 1) {
        throw new IOException("Expected one Gatling report in " + scratch + ", found " + found);
      }
      produced = found.get(0);
    }
    Path target = reports.resolve(name);
    deleteTree(target);
    Files.move(produced, target);
    deleteTree(scratch);
    return new Outcome(recorder.stats(), target);
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
