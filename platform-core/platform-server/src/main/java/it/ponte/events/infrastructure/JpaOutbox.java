package it.ponte.events.infrastructure;

import it.ponte.api.event.DomainEvent;
import it.ponte.events.domain.Outbox;
import it.ponte.tenancy.infrastructure.TenantPersistence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The outbox tables of the request's tenant, through its transaction's entity manager. */
@ApplicationScoped
public class JpaOutbox implements Outbox {

  /** Looked up once: each {@code Json.create...} call searches the class path for a provider. */
  private static final JsonProvider JSON = JsonProvider.provider();

  private static final String CURSOR =
      "SELECT plugin_id, last_seq, attempts, next_attempt_at, last_error, failing_seq,"
          + " (SELECT count(*) FROM outbox_event e WHERE e.seq > c.last_seq)"
          + " FROM plugin_cursor c WHERE plugin_id = ?1";

  @Inject TenantPersistence persistence;

  private EntityManager em() {
    return persistence.entityManager();
  }

  @Override
  public void append(DomainEvent event) {
    JsonObjectBuilder data = JSON.createObjectBuilder();
    event.data().forEach(data::add);
    em().createNativeQuery(
            "INSERT INTO outbox_event (id, type, aggregate_type, aggregate_id, occurred_at, data)"
                + " VALUES (CAST(?1 AS uuid), ?2, ?3, ?4, ?5, ?6)")
        .setParameter(1, event.id().toString())
        .setParameter(2, event.type())
        .setParameter(3, event.aggregateType())
        .setParameter(4, event.aggregateId())
        .setParameter(5, event.occurredAt().atOffset(ZoneOffset.UTC))
        .setParameter(6, data.build().toString())
        .executeUpdate();
  }

  @Override
  public Optional<Cursor> lock(String pluginId) {
    return cursor(CURSOR + " FOR UPDATE OF c", pluginId);
  }

  @Override
  public Optional<Cursor> read(String pluginId) {
    return cursor(CURSOR, pluginId);
  }

  private Optional<Cursor> cursor(String sql, String pluginId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em().createNativeQuery(sql).setParameter(1, pluginId).getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] r = rows.get(0);
    return Optional.of(
        new Cursor(
            (String) r[0],
            ((Number) r[1]).longValue(),
            ((Number) r[2]).intValue(),
            time(r[3]),
            (String) r[4],
            r[5] == null ? null : ((Number) r[5]).longValue(),
            ((Number) r[6]).longValue()));
  }

  @Override
  public Optional<Stored> after(long seq) {
    return event("seq > ?1 ORDER BY seq LIMIT 1", seq);
  }

  @Override
  public Optional<Stored> find(long seq) {
    return event("seq = ?1", seq);
  }

  private Optional<Stored> event(String where, long seq) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em().createNativeQuery(
                "SELECT seq, CAST(id AS text), type, aggregate_type, aggregate_id, occurred_at, data"
                    + " FROM outbox_event WHERE "
                    + where)
            .setParameter(1, seq)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] r = rows.get(0);
    JsonObject json = JSON.createReader(new StringReader((String) r[6])).readObject();
    Map<String, String> data = new LinkedHashMap<>();
    json.forEach((k, v) -> data.put(k, json.getString(k)));
    return Optional.of(
        new Stored(
            ((Number) r[0]).longValue(),
            new DomainEvent(
                UUID.fromString((String) r[1]),
                (String) r[2],
                (String) r[3],
                ((Number) r[4]).longValue(),
                time(r[5]).toInstant(),
                data)));
  }

  @Override
  public void advance(String pluginId, long seq) {
    em().createNativeQuery(
            "UPDATE plugin_cursor SET last_seq = ?2, attempts = 0, next_attempt_at = NULL,"
                + " last_error = NULL, failing_seq = NULL WHERE plugin_id = ?1")
        .setParameter(1, pluginId)
        .setParameter(2, seq)
        .executeUpdate();
  }

  @Override
  public void failed(String pluginId, long seq, String error, OffsetDateTime retryAt) {
    em().createNativeQuery(
            "UPDATE plugin_cursor SET attempts = attempts + 1, next_attempt_at = ?2,"
                + " last_error = ?3, failing_seq = ?4 WHERE plugin_id = ?1")
        .setParameter(1, pluginId)
        .setParameter(2, retryAt)
        .setParameter(3, error)
        .setParameter(4, seq)
        .executeUpdate();
  }

  @Override
  public void retryNow(String pluginId) {
    em().createNativeQuery("UPDATE plugin_cursor SET next_attempt_at = NULL WHERE plugin_id = ?1")
        .setParameter(1, pluginId)
        .executeUpdate();
  }

  private static OffsetDateTime time(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof OffsetDateTime o) {
      return o;
    }
    if (value instanceof java.sql.Timestamp t) {
      return t.toInstant().atOffset(ZoneOffset.UTC);
    }
    if (value instanceof Instant i) {
      return i.atOffset(ZoneOffset.UTC);
    }
    throw new IllegalStateException("Unexpected time value " + value.getClass());
  }
}
