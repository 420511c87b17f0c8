package it.ponte.bench;

import java.util.Collection;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the JMH benchmarks of the in-process hot spots (matcher scoring, repayment schedules,
 * disclosure control) in a forked JVM each, prints JMH's own table and adds the figures to the
 * results file. Asserts nothing. {@code -Dbench.jmh.iterations} and {@code -Dbench.jmh.seconds}
 * shape the measurement; {@code -Dbench.jmh.include} picks benchmarks by a regular expression.
 */
public final class MicroBenchmarks {

  private static final java.util.Map<String, String> LABELS =
      java.util.Map.of(
          "MatcherBenchmark.scoreAllSoft",
          "Matcher: score 70,000 candidates in memory, soft requirements only",
          "MatcherBenchmark.scoreAllMandatory",
          "Matcher: score 70,000 candidates in memory, mandatory licence + Italian level",
          "MatcherBenchmark.explainOne",
          "Matcher: one candidate's score with its explanation",
          "ScheduleBenchmark.sixtyMonthsWithGrace",
          "Microcredit schedule: 60 months, 6 of grace",
          "ScheduleBenchmark.hundredTwentyMonths",
          "Microcredit schedule: 120 months",
          "DisclosureBenchmark.tableOf200Territories",
          "Disclosure control: one federated table, 200 territories x 5 columns with totals",
          "DisclosureBenchmark.oneCell",
          "Disclosure control: one cell");

  public static void main(String[] args) throws Exception {
    int iterations = Integer.getInteger("bench.jmh.iterations", 5);
    int seconds = Integer.getInteger("bench.jmh.seconds", 2);
    Options options =
        new OptionsBuilder()
            .include(System.getProperty("bench.jmh.include", "it\\.ponte\\.bench\\.micro\\..*"))
            .forks(1)
            .warmupIterations(3)
            .warmupTime(TimeValue.seconds(seconds))
            .measurementIterations(iterations)
            .measurementTime(TimeValue.seconds(seconds))
            .jvmArgs("-Xmx1g")
            .build();
    Collection<RunResult> runs = new Runner(options).run();
    Results results = new Results("micro");
    for (RunResult run : runs) {
      var primary = run.getPrimaryResult();
      String method = run.getParams().getBenchmark();
      method = method.substring(method.lastIndexOf('.', method.lastIndexOf('.') - 1) + 1);
      results.add(
          LABELS.getOrDefault(method, method)
              + String.format(
                  Locale.ROOT, " (JMH average, ± %.3g at 99.9%%)", primary.getScoreError()),
          primary.getScore(),
          unit(run.getParams().getTimeUnit()),
          null);
    }
  }

  private static String unit(TimeUnit unit) {
    return switch (unit) {
      case MILLISECONDS -> "ms";
      case MICROSECONDS -> "µs";
      case NANOSECONDS -> "ns";
      default -> unit.name().toLowerCase(Locale.ROOT);
    };
  }
}
