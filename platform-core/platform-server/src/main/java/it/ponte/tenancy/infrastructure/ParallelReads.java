package it.ponte.tenancy.infrastructure;

import it.ponte.api.core.TenantSql;
import it.ponte.api.tenant.TenantId;
import it.ponte.platform.infrastructure.PonteDataSource;
import it.ponte.tenancy.application.TenantContext;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A read of the current tenant's data that runs on a second connection while the caller goes on
 * with its own statements: a long report splits into two halves that PostgreSQL runs on two cores
 * at once instead of one after the other.
 *
 * <p>The read gets a pooled connection of its own in a read-only transaction with the tenant's role
 * and search path and the same timeouts as the request's ({@link TenantPersistence}): it sees the
 * tenant's schema only and can change nothing. It must not need the request's own uncommitted
 * writes (it does not see them) - reports read committed data, statement by statement, as they do
 * on one connection.
 *
 * <p>Never slower than running the read in line, by much: at most {@value #AT_ONCE} reads run aside
 * at a time platform-wide, and a read that no helper thread has started by the time the caller asks
 * for its result is run by the caller itself, on the request's connection. Under load, when the
 * cores are busy anyway, reads mostly run in line.
 */
@ApplicationScoped
public class ParallelReads {

  /** Reads running aside at once, platform-wide (the second connections they hold). */
  static final int AT_ONCE = 2;

  private final Semaphore aside = new Semaphore(AT_ONCE);

  @Resource ManagedExecutorService executor;

  @Inject PonteDataSource database;

  @Inject TenantContext context;

  @Inject TenantSql sql;

  @Inject
  @ConfigProperty(name = "ponte.db.statement-timeout-seconds", defaultValue = "30")
  int statementTimeoutSeconds;

  /** A read started aside, or waiting for whoever comes first: a helper thread or the caller. */
  public static final class Pending<T> {

    private final Function<TenantSql, T> read;
    private final TenantSql callers;
    private final AtomicBoolean taken = new AtomicBoolean();
    private final CompletableFuture<T> result = new CompletableFuture<>();
    private volatile boolean tookAside;

    private Pending(Function<TenantSql, T> read, TenantSql callers) {
      this.read = read;
      this.callers = callers;
    }

    /** Whether a helper thread took the read rather than the caller. */
    public boolean ranAside() {
      return tookAside;
    }

    /**
     * The read's result: runs it here, on the caller's connection, if no helper has started it;
     * otherwise waits for the helper. A failure of the read is thrown here as it was thrown there.
     */
    public T join() {
      if (taken.compareAndSet(false, true)) {
        return read.apply(callers);
      }
      try {
        return result.join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        if (e.getCause() instanceof Error error) {
          throw error;
        }
        throw e;
      }
    }

    private void runAside(Function<Function<TenantSql, T>, T> onOwnConnection) {
      if (!taken.compareAndSet(false, true)) {
        return; // the caller got there first
      }
      tookAside = true;
      try {
        result.complete(onOwnConnection.apply(read));
      } catch (Throwable t) {
        result.completeExceptionally(t);
      }
    }
  }

  /**
   * Starts a read of the request's tenant aside, when a helper thread and a slot are free; the
   * caller collects it with {@link Pending#join()}, which must be called (it may run the read).
   *
   * @param read statements on the connection it is given - the caller's or one of its own - and
   *     nothing else of the request: it may run on another thread
   */
  public <T> Pending<T> start(Function<TenantSql, T> read) {
    TenantId tenant = context.tenant();
    Pending<T> pending = new Pending<>(read, sql);
    if (aside.tryAcquire()) {
      try {
        executor.execute(
            () -> {
              try {
                pending.runAside(r -> onOwnConnection(tenant, r));
              } finally {
                aside.release();
              }
            });
      } catch (RejectedExecutionException e) {
        aside.release();
      }
    }
    return pending;
  }

  private <T> T onOwnConnection(TenantId tenant, Function<TenantSql, T> read) {
    try (Connection c = database.get().getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        try (Statement s = c.createStatement()) {
          s.execute("SET TRANSACTION READ ONLY");
        }
        TenantPersistence.applyTenantSettings(c, tenant, statementTimeoutSeconds);
        return read.apply(() -> c);
      } finally {
        // Role, search path and settings were local to the transaction: they end here.
        c.rollback();
        c.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new TenantSql.SqlFailure(e);
    } catch (javax.naming.NamingException e) {
      throw new IllegalStateException("No platform data source", e);
    }
  }
}
