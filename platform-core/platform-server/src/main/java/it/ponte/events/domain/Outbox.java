package it.ponte.events.domain;

import it.ponte.api.event.DomainEvent;
import java.time.OffsetDateTime;
import java.util.Optional;

/** The request tenant's outbox of domain events and its plugins' delivery cursors. */
public interface Outbox {

  /** An event with its position in the tenant's outbox. */
  record Stored(long seq, DomainEvent event) {}

  /**
   * How far a plugin's listeners got.
   *
   * @param failingSeq the event that failed last, null when none
   */
  record Cursor(
      String pluginId,
      long lastSeq,
      int attempts,
      OffsetDateTime nextAttemptAt,
      String lastError,
      Long failingSeq,
      long pending) {}

  /** Appends an event in the current tenant transaction. */
  void append(DomainEvent event);

  /** Locks and reads a plugin's cursor until the transaction ends; empty if it has none. */
  Optional<Cursor> lock(String pluginId);

  /** The first event after a position. */
  Optional<Stored> after(long seq);

  void advance(String pluginId, long seq);

  /** Records a failed delivery and when to try again. */
  void failed(String pluginId, long seq, String error, OffsetDateTime retryAt);

  /** Clears the wait before the next attempt. */
  void retryNow(String pluginId);

  Optional<Cursor> read(String pluginId);

  Optional<Stored> find(long seq);
}
