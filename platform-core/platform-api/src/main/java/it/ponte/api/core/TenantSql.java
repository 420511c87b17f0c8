package it.ponte.api.core;

import java.sql.Connection;

/**
 * The JDBC connection of the current tenant transaction, for a plugin's own tables. It runs with
 * the tenant's database role and search path: unqualified table names are the tenant's, and nothing
 * of another tenant is reachable. Do not close it.
 */
public interface TenantSql {

  /**
   * @throws IllegalStateException outside a transaction of a tenant
   */
  Connection connection();
}
