package it.ponte.arquillian;

import it.ponte.extension.application.TenantScope;
import it.ponte.extension.application.TenantScopes;
import it.ponte.tenancy.infrastructure.TenantPersistence;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Runs work the way a request of a territory runs: in a request context of its own bound to the
 * territory, in a transaction of its own, with the territory's entity manager (schema, role,
 * timeouts).
 */
@ApplicationScoped
public class TenantWork {

  @Inject Step step;

  @Inject BeanManager beans;

  @Resource ManagedExecutorService executor;

  /**
   * Commits when the work returns; rolls back when it throws (and rethrows). Called from a thread
   * that already has a request context - the test's own, which Arquillian runs in a servlet request
   * - the work goes to a managed thread, since a request is bound to one territory for good.
   */
  public <T> T inTransaction(TenantScope scope, Function<EntityManager, T> work) {
    if (!requestActive()) {
      return step.run(scope, work);
    }
    try {
      return executor.submit(() -> step.run(scope, work)).get(120, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (TimeoutException e) {
      throw new IllegalStateException("Tenant work took over 120 s", e);
    }
  }

  /** A native query's single value in a transaction of the territory. */
  public Object value(TenantScope scope, String sql) {
    return inTransaction(scope, em -> em.createNativeQuery(sql).getSingleResult());
  }

  /** A native count in a transaction of the territory. */
  public long count(TenantScope scope, String sql) {
    return ((Number) value(scope, sql)).longValue();
  }

  private boolean requestActive() {
    try {
      return beans.getContext(RequestScoped.class).isActive();
    } catch (jakarta.enterprise.context.ContextNotActiveException e) {
      return false;
    }
  }

  /** The intercepted part, on a bean of its own so that its interceptors apply. */
  @ApplicationScoped
  public static class Step {

    @Inject TenantScopes scopes;

    @Inject TenantPersistence persistence;

    @ActivateRequestContext
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T run(TenantScope scope, Function<EntityManager, T> work) {
      scopes.bind(scope);
      return work.apply(persistence.entityManager());
    }
  }
}
