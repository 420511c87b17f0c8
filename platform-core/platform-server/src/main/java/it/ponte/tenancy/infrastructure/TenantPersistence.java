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

/**
 * Hands out the entity manager of the current tenant for the current JTA transaction.
 *
 * <p>The first use in a transaction creates an entity manager, joins it to the transaction and, in
 * the transaction's first statements, switches it to the tenant's database role ({@code SET LOCAL
 * ROLE}) and sets its search path to the tenant's schema. Entities name their tables without a
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
      em.createNativeQuery("SET LOCAL ROLE " + quote(tenant.roleName())).executeUpdate();
      // In one round trip, for the transaction: native queries name tables without a schema, so
      // they resolve in the tenant's schema only; a statement waiting on a lock or running away
      // ends in time (a 503 for a request) instead of holding a pooled connection - long reads
      // and imports lift the limit for their own transaction.
      em.createNativeQuery(
              "SELECT set_config('search_path', ?1, true), set_config('statement_timeout', ?2,"
                  + " true), set_config('lock_timeout', ?2, true)")
          .setParameter(1, quote(tenant.schemaName()))
          .setParameter(2, statementTimeoutSeconds + "s")
          .getSingleResult();
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
