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
}
