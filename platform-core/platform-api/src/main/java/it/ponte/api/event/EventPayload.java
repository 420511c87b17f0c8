package it.ponte.api.event;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The typed payload of a core domain event: what it is about and its facts. The core publishes
 * these; a plugin reads one back with the record's {@code from(DomainEvent)} instead of parsing
 * strings. On the wire (the outbox, {@link DomainEvent#data()}) the facts are flat strings with
 * {@code v}, the payload's version: a new fact is added with a new version and read as absent from
 * older events, so a listener written against version 1 keeps working.
 */
public interface EventPayload {

  /** The event's type, one of {@link DomainEventTypes}. */
  String type();

  /** What kind of row the event is about: {@code candidate}, {@code placement}, {@code company}. */
  String aggregateType();

  long aggregateId();

  /** The version of the payload's shape. */
  int version();

  /** The facts, without the version; null values are left out. */
  Map<String, String> facts();

  /** The facts as stored and delivered: {@link #facts()} and {@code v}. */
  default Map<String, String> data() {
    Map<String, String> data = new LinkedHashMap<>();
    facts()
        .forEach(
            (k, v) -> {
              if (v != null) {
                data.put(k, v);
              }
            });
    data.put("v", String.valueOf(version()));
    return data;
  }

  /** Checks that an event is of the expected type before reading it as a payload. */
  static DomainEvent require(DomainEvent event, String type) {
    if (!event.type().equals(type)) {
      throw new IllegalArgumentException(
          "Event " + event.id() + " is " + event.type() + ", not " + type);
    }
    return event;
  }

  /** A map that keeps its insertion order and accepts null values, for {@link #facts()}. */
  static Map<String, String> facts(String... keysAndValues) {
    Map<String, String> facts = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      facts.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return facts;
  }
}
