package it.ponte.platform.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * The platform's one connection pool, declared in {@code WEB-INF/web.xml} (settings from
 * MicroProfile Config). Every tenant shares it: isolation comes from the schema and role of each
 * transaction, so the pool does not grow with the number of tenants.
 *
 * <p>Looked up on first use rather than injected, because some beans (health checks) are created
 * while the application is still loading, before its resources are bound.
 */
@ApplicationScoped
public class PonteDataSource {

  /** JNDI name of the platform's data source, also referenced by persistence.xml. */
  public static final String JNDI_NAME = "java:app/jdbc/ponte";

  private volatile DataSource dataSource;

  /** The pooled data source. */
  public DataSource get() throws NamingException {
    DataSource ds = dataSource;
    if (ds == null) {
      ds = InitialContext.doLookup(JNDI_NAME);
      dataSource = ds;
    }
    return ds;
  }
}
