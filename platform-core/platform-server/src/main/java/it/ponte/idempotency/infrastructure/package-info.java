/** The tenant's {@code idempotency_key} table. */
package it.ponte.idempotency.infrastructure;
