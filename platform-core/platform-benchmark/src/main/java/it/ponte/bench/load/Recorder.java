package it.ponte.bench.load;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the measured part of a load run saw, per request name: response times, failures and the span
 * from the first request's start to the last one's end (for the rate). Gatling's HTML report shows
 * the same run; these are the figures the results file gets.
 */
public final class Recorder {

  /**
   * Figures of one request name over the measured part of a run; {@code perSecond} counts the
   * answers that succeeded.
   */
  public record Stats(
      String name, int count, int errors, double p50, double p95, double p99, double perSecond) {}

  private static final class Series {
    long[] millis = new long[1 << 14];
    int count;
    int errors;
    long firstStartNanos = Long.MAX_VALUE;
    long lastEndNanos = Long.MIN_VALUE;
  }

  private final Map<String, Series> series = new LinkedHashMap<>();

  synchronized void record(String name, long responseMillis, boolean ok) {
    Series s = series.computeIfAbsent(name, n -> new Series());
    long end = System.nanoTime();
    if (s.count == s.millis.length) {
      s.millis = Arrays.copyOf(s.millis, s.count * 2);
    }
    s.millis[s.count++] = responseMillis;
    if (!ok) {
      s.errors++;
    }
    s.firstStartNanos = Math.min(s.firstStartNanos, end - responseMillis * 1_000_000);
    s.lastEndNanos = Math.max(s.lastEndNanos, end);
  }

  synchronized Map<String, Stats> stats() {
    Map<String, Stats> out = new LinkedHashMap<>();
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    for (Series s : series.values()) {
      first = Math.min(first, s.firstStartNanos);
      last = Math.max(last, s.lastEndNanos);
    }
    // Every name's rate over the run's common span, so that the rates add up.
    double seconds = Math.max(1e-9, (last - first) / 1e9);
    int all = 0;
    int allErrors = 0;
    long[] merged = new long[0];
    for (Map.Entry<String, Series> e : series.entrySet()) {
      Series s = e.getValue();
      long[] sorted = Arrays.copyOf(s.millis, s.count);
      Arrays.sort(sorted);
      out.put(e.getKey(), stats(e.getKey(), sorted, s.errors, seconds));
      all += s.count;
      allErrors += s.errors;
      long[] m = Arrays.copyOf(merged, merged.length + sorted.length);
      System.arraycopy(sorted, 0, m, merged.length, sorted.length);
      merged = m;
    }
    Arrays.sort(merged);
    if (all > 0) {
      out.put("all", stats("all", merged, allErrors, seconds));
    }
    return out;
  }

  private static Stats stats(String name, long[] sorted, int errors, double seconds) {
    return new Stats(
        name,
        sorted.length,
        errors,
        pct(sorted, 50),
        pct(sorted, 95),
        pct(sorted, 99),
        // Throughput counts what was answered as asked: a run failing fast is not a fast run.
        (sorted.length - errors) / seconds);
  }

  private static double pct(long[] sorted, int p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
  }
}
