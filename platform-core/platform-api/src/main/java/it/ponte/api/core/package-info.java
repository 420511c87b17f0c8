/**
 * Read-only views of the core model and access to the request's tenant, for plugins: they read and
 * act on the core through these, never through core entities.
 */
package it.ponte.api.core;
