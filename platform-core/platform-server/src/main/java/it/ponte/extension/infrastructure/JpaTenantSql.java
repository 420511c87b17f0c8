package it.ponte.extension.infrastructure;

import it.ponte.api.core.TenantSql;
import it.ponte.tenancy.infrastructure.TenantPersistence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;

/** The JDBC connection under the tenant transaction's entity manager. */
@ApplicationScoped
public class JpaTenantSql implements TenantSql {

  @Inject TenantPersistence persistence;

  @Override
  public Connection connection() {
    return persistence.entityManager().unwrap(Connection.class);
  }
}
