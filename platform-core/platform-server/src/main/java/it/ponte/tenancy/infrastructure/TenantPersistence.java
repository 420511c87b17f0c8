package it.ponte.tenancy.infrastructure;

import static it.ponte.platform.infrastructure.SqlIdentifiers.quote;

import it.ponte.api.core.TenantSql;
import it.ponte.api.tenant.TenantId;
import it.ponte.tenancy.application.TenantContext;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Hands out the entity manager of the current tenant for the current JTA transaction.
 *
 * <p>The first use in a transaction creates an entity manager, joins it to the transaction and, in
 * the transaction's first statement, switches it to the tenant's database role (as {@code SET LOCAL
 * ROLE} does) and sets its search path to the tenant's schema. Entities name their tables without a
 * schema, so every entity query and native query of the transaction resolves in that schema only;
 * and everything runs with the rights of that role only: a query that strays into another schema
 * fails with "permission denied" instead of reading it. Role and search path end with the
 * transaction, so pooled connections come back clean.
 *
 * <p>(EclipseLink's TABLE_PER_TENANT multitenancy did the same by schema-qualifying every table, at
 * the price of copying and re-initialising every entity's descriptor for each new entity manager -
 * about 15% of a simple read's CPU under load.)
 */
@ApplicationScoped
public class TenantPersistence {

  private static final String RESOURCE_KEY = TenantPersistence.class.getName();

  @PersistenceUnit(unitName = "ponte")
  EntityManagerFactory emf;

  @Resource TransactionSynchronizationRegistry transactions;

  @Inject TenantContext context;

  /** The longest a tenant statement runs or waits for a lock; 0 for no limit. */
  @Inject
  @org.eclipse.microprofile.config.inject.ConfigProperty(
      name = "ponte.db.statement-timeout-seconds",
      defaultValue = "30")
  int statementTimeoutSeconds;

  /**
   * A tenant transaction's settings in one statement: the tenant's role ({@code set_config('role')}
   * is {@code SET LOCAL ROLE}), its schema as search path, and the statement and lock timeouts. All
   * end with the transaction.
   */
  private static final String TENANT_SETTINGS =
      "SELECT set_config('role', ?, true), set_config('search_path', ?, true),"
          + " set_config('statement_timeout', ?, true), set_config('lock_timeout', ?, true)";

  /**
   * Applies the tenant's settings on a connection, in its open transaction: a request's (below) or
   * one of a read beside the request ({@link ParallelReads}).
   */
  static void applyTenantSettings(Connection c, TenantId tenant, int statementTimeoutSeconds)
      throws SQLException {
    try (PreparedStatement p = c.prepareStatement(TENANT_SETTINGS)) {
      p.setString(1, tenant.roleName());
      p.setString(2, quote(tenant.schemaName()));
      p.setString(3, statementTimeoutSeconds + "s");
      p.setString(4, statementTimeoutSeconds + "s");
      p.executeQuery().close();
    }
  }

  /** The entity manager of the request's tenant, joined to the active transaction. */
  public EntityManager entityManager() {
    TenantId tenant = context.tenant();
    if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
      throw new IllegalStateException("Tenant data is accessed only inside a transaction");
    }
    Bound bound = (Bound) transactions.getResource(RESOURCE_KEY);
    if (bound == null) {
      EntityManager em = emf.createEntityManager();
      em.joinTransaction();
      // In one round trip, for the transaction: the tenant's role (set_config('role') is SET LOCAL
      // ROLE); native queries name tables without a schema, so they resolve in the tenant's schema
      // only; a statement waiting on a lock or running away ends in time (a 503 for a request)
      // instead of holding a pooled connection - long reads and imports lift the limit for their
      // own transaction.
      try {
        applyTenantSettings(em.unwrap(Connection.class), tenant, statementTimeoutSeconds);
      } catch (SQLException e) {
        em.close();
        throw new TenantSql.SqlFailure(e);
      }
      bound = new Bound(tenant, em);
      transactions.putResource(RESOURCE_KEY, bound);
      transactions.registerInterposedSynchronization(bound);
    } else if (!bound.tenant.equals(tenant)) {
      throw new IllegalStateException(
          "Transaction already bound to tenant "
              + bound.tenant
              + ", refusing to use it for "
              + tenant);
    }
    return bound.em;
  }

  private record Bound(TenantId tenant, EntityManager em) implements Synchronization {

    @Override
    public void beforeCompletion() {}

    @Override
    public void afterCompletion(int status) {
      em.close();
    }
  }
}
