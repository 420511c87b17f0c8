/** Plugin enablement in the platform schema and plugin migrations. */
package it.ponte.extension.infrastructure;
