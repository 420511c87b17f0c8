/**
 * Publishing core domain events: written to the tenant's outbox in the change's transaction, then
 * announced once the transaction committed. Delivering them to plugins is the extension context's.
 */
package it.ponte.events.application;
