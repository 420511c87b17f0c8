/** The outbox stored in the tenant schema. */
package it.ponte.events.infrastructure;
