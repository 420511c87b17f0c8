package it.ponte.api.plugin;

import it.ponte.api.event.DomainEvent;

/**
 * Reacts to core domain events of the tenants that enabled the plugin. Runs inside a transaction of
 * that tenant: what it writes commits together with the mark that the event was delivered. Delivery
 * is at least once and in order; an event carries a unique id to stay idempotent. A listener that
 * throws is retried later with backoff, and never undoes the core's change.
 */
public interface DomainEventListener extends Extension {

  void on(DomainEvent event);
}
