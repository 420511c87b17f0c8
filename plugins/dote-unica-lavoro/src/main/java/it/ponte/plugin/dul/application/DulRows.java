package it.ponte.plugin.dul.application;

import it.ponte.api.core.TenantSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** The plugin's statements on the tenant transaction's connection. */
@ApplicationScoped
public class DulRows {

  @Inject TenantSql sql;

  public int update(String statement, Object... parameters) {
    return sql.update(statement, parameters);
  }

  public <T> List<T> query(String statement, List<Object> parameters, TenantSql.Row<T> row) {
    return sql.query(statement, row, parameters.toArray());
  }
}
