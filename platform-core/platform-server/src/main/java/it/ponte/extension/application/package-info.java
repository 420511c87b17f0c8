/**
 * Enabling and configuring plugins per tenant, and delivering core domain events to the enabled
 * plugins from each tenant's outbox.
 */
package it.ponte.extension.application;
