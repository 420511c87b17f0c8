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
 * public form; exact global limits belong to the ingress.
 */
@ApplicationScoped
public class RateLimiter {

  /** Keys kept before expired windows are swept. */
  private static final int SWEEP_ABOVE = 10_000;

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
    if (windows.size() > SWEEP_ABOVE) {
      windows.values().removeIf(w -> !w.start().plus(window).isAfter(now));
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
}
