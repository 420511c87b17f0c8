/**
 * Core domain events, delivered to enabled plugins at least once, in order, from a durable outbox.
 */
package it.ponte.api.event;
