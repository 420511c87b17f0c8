/**
 * Identity of a territory (tenant) as plugins and the core both see it. Everything that derives
 * database names from a tenant goes through {@link it.ponte.api.tenant.TenantId}, so unchecked
 * input never reaches SQL.
 */
package it.ponte.api.tenant;
