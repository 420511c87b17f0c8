package it.ponte.events.domain;

import it.ponte.api.tenant.TenantId;

/**
 * A CDI event fired after a transaction that appended to a tenant's outbox committed: there is
 * something new to deliver there.
 */
public record OutboxCommitted(TenantId tenant) {}
