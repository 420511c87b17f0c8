package it.ponte.platform.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

  @Test
  void allowsTheLimitPerWindowAndKey() {
    RateLimiter limiter = new RateLimiter();
    Instant t0 = Instant.parse("2026-01-01T10:00:00Z");
    limiter.setClock(Clock.fixed(t0, ZoneOffset.UTC));
    Duration hour = Duration.ofHours(1);
    for (int i = 0; i < 3; i++) {
      assertThat(limiter.acquire("a", 3, hour)).isEmpty();
    }
    assertThat(limiter.acquire("a", 3, hour)).contains(hour);
    assertThat(limiter.acquire("b", 3, hour)).as("another key has its own budget").isEmpty();

    limiter.setClock(Clock.fixed(t0.plus(hour), ZoneOffset.UTC));
    assertThat(limiter.acquire("a", 3, hour)).as("a new window").isEmpty();
  }

  /** Issue #16: a flood of made-up client addresses cannot grow memory without bound. */
  @Test
  void aFloodOfNewKeysStaysBoundedAndSharesOneOverflowWindow() {
    RateLimiter limiter = new RateLimiter();
    Instant t0 = Instant.parse("2026-01-01T10:00:00Z");
    limiter.setClock(Clock.fixed(t0, ZoneOffset.UTC));
    Duration hour = Duration.ofHours(1);
    for (int i = 0; i < RateLimiter.MAX_KEYS + 50_000; i++) {
      limiter.acquire("bologna|10.0." + i, 10, hour);
    }
    assertThat(limiter.size()).isLessThanOrEqualTo(RateLimiter.MAX_KEYS + 1);
    // The flood's overflow window is long spent: a new address of that territory must wait...
    assertThat(limiter.acquire("bologna|192.0.2.1", 10, hour)).isPresent();
    // ...while a client seen before the flood keeps its own budget.
    assertThat(limiter.acquire("bologna|10.0.1", 10, hour)).isEmpty();
  }
}
