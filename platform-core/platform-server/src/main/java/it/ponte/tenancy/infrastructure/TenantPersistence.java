package it.ponte.tenancy.infrastructure;

import static it.ponte.platform.infrastructure.SqlIdentifiers.quote;

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
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
   * A tenant transaction's settings in one statement, parameters {@code ?1}-{@code ?3} of {@link
   * #tenantSettings}: the tenant's role ({@code set_config('role')} is {@code SET LOCAL ROLE}), its
   * schema as search path, and the statement and lock timeouts. All end with the transaction.
   */
  static final String TENANT_SETTINGS =
      "SELECT set_config('role', ?1, true), set_config('search_path', ?2, true),"
          + " set_config('statement_timeout', ?3, true), set_config('lock_timeout', ?3, true)";

  /** The values of {@link #TENANT_SETTINGS}'s parameters, in order. */
  static List<String> tenantSettings(TenantId tenant, int statementTimeoutSeconds) {
    return List.of(tenant.roleName(), quote(tenant.schemaName()), statementTimeoutSeconds + "s");
  }

  /**
   * Applies {@link #TENANT_SETTINGS} on a plain JDBC connection, in its open transaction (for reads
   * that run beside a request on a connection of their own).
   */
  static void applyTenantSettings(Connection c, TenantId tenant, int statementTimeoutSeconds)
      throws SQLException {
    List<String> values = tenantSettings(tenant, statementTimeoutSeconds);
    Matcher parameter = Pattern.compile("\\?(\\d)").matcher(TENANT_SETTINGS);
    List<String> inOrder = new ArrayList<>();
    while (parameter.find()) {
      inOrder.add(values.get(Integer.parseInt(parameter.group(1)) - 1));
    }
    try (PreparedStatement p = c.prepareStatement(parameter.replaceAll("?"))) {
      for (int i = 0; i < inOrder.size(); i++) {
        p.setString(i + 1, inOrder.get(i));
      }
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
      jakarta.persistence.Query settings = em.createNativeQuery(TENANT_SETTINGS);
      List<String> values = tenantSettings(tenant, statementTimeoutSeconds);
      for (int i = 0; i < values.size(); i++) {
        settings.setParameter(i + 1, values.get(i));
      }
      settings.getSingleResult();
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
