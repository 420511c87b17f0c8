package it.ponte.events.application;

import it.ponte.api.event.DomainEvent;
import it.ponte.api.event.EventPayload;
import it.ponte.events.domain.Outbox;
import it.ponte.events.domain.OutboxCommitted;
import it.ponte.tenancy.application.TenantContext;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Publishes core domain events: each is written to the tenant's outbox in the transaction of the
 * change it describes, so it exists exactly when the change committed; after the commit an {@link
 * OutboxCommitted} is fired, which wakes whoever delivers events (the extension context's
 * dispatcher).
 */
@ApplicationScoped
public class DomainEvents {

  @Inject Outbox outbox;

  @Inject TenantContext tenant;

  @Inject Event<OutboxCommitted> committed;

  @Resource TransactionSynchronizationRegistry transactions;

  /** Appends the event to the outbox, in the caller's transaction. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void publish(EventPayload payload) {
    publish(payload.type(), payload.aggregateType(), payload.aggregateId(), payload.data());
  }

  private void publish(
      String type, String aggregateType, long aggregateId, Map<String, String> data) {
    outbox.append(
        new DomainEvent(UUID.randomUUID(), type, aggregateType, aggregateId, Instant.now(), data));
    var id = tenant.tenant();
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              committed.fire(new OutboxCommitted(id));
            }
          }
        });
  }
}
