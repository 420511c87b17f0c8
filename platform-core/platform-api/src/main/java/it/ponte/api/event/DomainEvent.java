package it.ponte.api.event;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Something that happened in a tenant's core model.
 *
 * @param id unique: a listener that already saw it must not act twice
 * @param type one of {@link DomainEventTypes}
 * @param aggregateType e.g. {@code candidate}, {@code placement}, {@code company}
 * @param aggregateId the row the event is about
 * @param data facts of the event, never personal data beyond ids (e.g. status, placement type)
 */
public record DomainEvent(
    UUID id,
    String type,
    String aggregateType,
    long aggregateId,
    Instant occurredAt,
    Map<String, String> data) {

  public DomainEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(aggregateType, "aggregateType");
    Objects.requireNonNull(occurredAt, "occurredAt");
    data = data == null ? Map.of() : Map.copyOf(data);
  }
}
