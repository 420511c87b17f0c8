package it.ponte.platform.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts requests per key in fixed windows. Held in memory by each instance: with several instances
 * a client gets at most the limit per instance, which is enough to stop a script from flooding a
 * public form; exact global limits belong to the ingress. Memory is bounded: past {@link #MAX_KEYS}
 * live keys, new keys share one overflow window per key prefix (the part before the first {@code
 * |}, the territory), so a flood of made-up addresses exhausts only itself and the territory's
 * stragglers, never the memory.
 */
@ApplicationScoped
public class RateLimiter {

  /** Keys kept before expired windows are swept. */
  private static final int SWEEP_ABOVE = 10_000;

  /** Live keys at most; past it new keys share an overflow window. */
  static final int MAX_KEYS = 100_000;

  private volatile Instant lastSweep = Instant.EPOCH;

  private record Window(Instant start, int count) {}

  private final Map<String, Window> windows = new ConcurrentHashMap<>();

  private Clock clock = Clock.systemUTC();

  /** For tests. */
  void setClock(Clock clock) {
    this.clock = clock;
  }

  /**
   * Counts one request for a key.
   *
   * @return empty if allowed, or how long until the key may try again
   */
  public java.util.Optional<Duration> acquire(String key, int limit, Duration window) {
    Instant now = clock.instant();
    if (windows.size() > SWEEP_ABOVE && now.isAfter(lastSweep.plusSeconds(1))) {
      lastSweep = now;
      windows.values().removeIf(w -> !w.start().plus(window).isAfter(now));
    }
    if (windows.size() >= MAX_KEYS && !windows.containsKey(key)) {
      int bar = key.indexOf('|');
      key = (bar < 0 ? "" : key.substring(0, bar)) + "|overflow";
    }
    Window w =
        windows.compute(
            key,
            (k, old) ->
                old == null || !old.start().plus(window).isAfter(now)
                    ? new Window(now, 1)
                    : new Window(old.start(), old.count() + 1));
    if (w.count() <= limit) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(Duration.between(now, w.start().plus(window)));
  }

  /** Keys held now (for tests). */
  int size() {
    return windows.size();
  }
}
