package it.ponte.plugin.ic.domain;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * When a call takes submissions: from its opening to its close, both local times of the territory.
 * A submission at the closing instant or later is refused.
 */
public record CallWindow(LocalDateTime opensAt, LocalDateTime closesAt, ZoneId zone) {

  public CallWindow {
    if (!closesAt.isAfter(opensAt)) {
      throw new IllegalArgumentException("A call must close after it opens");
    }
  }

  public Instant opening() {
    return opensAt.atZone(zone).toInstant();
  }

  public Instant closing() {
    return closesAt.atZone(zone).toInstant();
  }

  /** Why a submission at {@code now} is refused; empty when the call is open. */
  public Optional<String> refusal(Instant now) {
    if (now.isBefore(opening())) {
      return Optional.of("the call opens at " + opensAt + " (" + zone + ")");
    }
    if (!now.isBefore(closing())) {
      return Optional.of("the call closed at " + closesAt + " (" + zone + ")");
    }
    return Optional.empty();
  }
}
