package it.ponte.bench;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What one benchmark measured, written to {@code bench.results.dir} as {@code <name>.json} (for
 * comparing runs) and {@code <name>.md} (a table); {@code results.md} there joins every benchmark's
 * table of the latest run with the machine's facts. A figure may carry the ceiling it is measured
 * against (the same thing with Ponte's work taken out, measured in the same run) and the issue's
 * target, written as text ("p95 < 50 ms", "≥ 0.5").
 */
final class Results {

  /** One measured figure; {@code ceiling} and {@code ratio} are null when it has none. */
  record Figure(
      String name,
      double value,
      String unit,
      String ceilingName,
      Double ceiling,
      Double ratio,
      String target) {}

  private final String benchmark;
  private final List<Figure> figures = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final ZonedDateTime started = ZonedDateTime.now();

  Results(String benchmark) {
    this.benchmark = benchmark;
  }

  /** A figure without a ceiling; prints it too. */
  void add(String name, double value, String unit, String target) {
    add(new Figure(name, value, unit, null, null, null, target));
  }

  /**
   * A figure with its ceiling; the ratio is value / ceiling for rates (higher is better) - pass the
   * values so that this holds (throughputs, not latencies).
   */
  void add(
      String name, double value, String unit, String ceilingName, double ceiling, String target) {
    add(new Figure(name, value, unit, ceilingName, ceiling, value / ceiling, target));
  }

  private void add(Figure f) {
    figures.add(f);
    System.out.println("  " + line(f));
    write();
  }

  /** A sentence shown under the table (what was loaded, what a figure includes). */
  void note(String text) {
    notes.add(text);
    System.out.println("  (" + text + ")");
    write();
  }

  private static String line(Figure f) {
    StringBuilder s = new StringBuilder(f.name()).append(": ").append(number(f.value()));
    s.append(' ').append(f.unit());
    if (f.ceiling() != null) {
      s.append(
          String.format(
              Locale.ROOT,
              " = %.2f of %s (%s %s)",
              f.ratio(),
              f.ceilingName(),
              number(f.ceiling()),
              f.unit()));
    }
    if (f.target() != null) {
      s.append("   [target: ").append(f.target()).append(']');
    }
    return s.toString();
  }

  private static String number(double v) {
    if (Math.abs(v) >= 100 || v == Math.rint(v)) {
      return String.format(Locale.ROOT, "%,.0f", v);
    }
    return String.format(Locale.ROOT, "%.1f", v);
  }

  private synchronized void write() {
    Path dir = Path.of(System.getProperty("bench.results.dir", "target/benchmark-results"));
    try {
      Files.createDirectories(dir);
      JsonArrayBuilder rows = Json.createArrayBuilder();
      for (Figure f : figures) {
        JsonObjectBuilder o =
            Json.createObjectBuilder()
                .add("name", f.name())
                .add("value", f.value())
                .add("unit", f.unit());
        if (f.ceiling() != null) {
          o.add("ceilingName", f.ceilingName()).add("ceiling", f.ceiling()).add("ratio", f.ratio());
        }
        if (f.target() != null) {
          o.add("target", f.target());
        }
        rows.add(o);
      }
      JsonArrayBuilder notesJson = Json.createArrayBuilder();
      notes.forEach(notesJson::add);
      String json =
          Json.createObjectBuilder()
              .add("benchmark", benchmark)
              .add("started", started.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
              .add("machine", Machine.facts().json())
              .add("figures", rows)
              .add("notes", notesJson)
              .build()
              .toString();
      Files.writeString(dir.resolve(benchmark + ".json"), json, StandardCharsets.UTF_8);
      Files.writeString(dir.resolve(benchmark + ".md"), markdown(), StandardCharsets.UTF_8);
      joinTables(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("### ")
        .append(benchmark)
        .append(" (")
        .append(started.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")))
        .append(")\n\n");
    md.append("| Figure | Measured | Ceiling | Ratio | Target |\n|---|---|---|---|---|\n");
    for (Figure f : figures) {
      md.append("| ")
          .append(f.name())
          .append(" | ")
          .append(number(f.value()))
          .append(' ')
          .append(f.unit())
          .append(" | ");
      if (f.ceiling() != null) {
        md.append(f.ceilingName())
            .append(": ")
            .append(number(f.ceiling()))
            .append(' ')
            .append(f.unit())
            .append(" | ")
            .append(String.format(Locale.ROOT, "%.2f", f.ratio()));
      } else {
        md.append(" | ");
      }
      md.append(" | ").append(f.target() == null ? "" : f.target()).append(" |\n");
    }
    for (String n : notes) {
      md.append("\n").append(n).append('\n');
    }
    return md.toString();
  }

  private static void joinTables(Path dir) throws IOException {
    StringBuilder all = new StringBuilder("## Benchmark results\n\n");
    all.append(Machine.facts().markdown()).append("\n\n");
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p :
          files
              .filter(p -> p.toString().endsWith(".md"))
              .filter(p -> !p.getFileName().toString().equals("results.md"))
              .sorted()
              .toList()) {
        all.append(Files.readString(p, StandardCharsets.UTF_8)).append('\n');
      }
    }
    Files.writeString(dir.resolve("results.md"), all.toString(), StandardCharsets.UTF_8);
  }
}
