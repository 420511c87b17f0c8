/** The outbox: core domain events stored with the change they describe, and delivery cursors. */
package it.ponte.events.domain;
