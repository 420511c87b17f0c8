/**
 * Plugin enablement in the platform schema, the outbox in tenant schemas, and plugin migrations.
 */
package it.ponte.extension.infrastructure;
