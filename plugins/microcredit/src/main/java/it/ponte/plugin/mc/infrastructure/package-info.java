/**
 * The plugin's tables, read and written on the tenant transaction's connection ({@link
 * it.ponte.api.core.TenantSql}): every statement of the plugin is here, one repository per
 * aggregate, plus the report queries. Repositories answer domain values and know no rules.
 */
package it.ponte.plugin.mc.infrastructure;
