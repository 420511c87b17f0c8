package it.ponte.tenancy.application;

import it.ponte.api.tenant.TenantId;
import it.ponte.platform.infrastructure.DatabaseFailures;
import it.ponte.tenancy.domain.Tenant;
import it.ponte.tenancy.domain.TenantDescriptorSource;
import it.ponte.tenancy.domain.TenantDescriptorSource.Declared;
import it.ponte.tenancy.domain.TenantRepository;
import it.ponte.tenancy.domain.TenantSchemas;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Migrates the platform schema, reconciles the declared tenants and migrates every registered
 * tenant, once, when the application starts. It runs in the background so that health endpoints
 * answer meanwhile; readiness reports DOWN until it has finished. While the database cannot be
 * reached it waits and tries again.
 */
@ApplicationScoped
public class PlatformStartup {

  private static final Logger LOG = Logger.getLogger(PlatformStartup.class.getName());

  private static final long RETRY_MILLIS = 2_000;

  /** Tenants migrated at once at startup. */
  static final int MIGRATION_WORKERS = 3;

  @Inject TenantSchemas schemas;

  @Inject TenantRepository repository;

  @Inject TenantDescriptorSource declaredTenants;

  @Inject TenantOnboarding onboarding;

  @Resource ManagedExecutorService executor;

  @Inject Event<TenantsMigrated> tenantsMigrated;

  private volatile boolean done;
  private volatile String state = "waiting to start";
  private volatile Map<String, String> refused = Map.of();
  private volatile List<String> failedTenants = List.of();
  private volatile long startedAt;
  private volatile long durationMillis = -1;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    startedAt = System.currentTimeMillis();
    executor.submit(this::runUntilDone);
  }

  private void runUntilDone() {
    while (!done) {
      try {
        migrateEverything();
        durationMillis = System.currentTimeMillis() - startedAt;
        done = true;
        state = "done";
        LOG.info(
            () ->
                "Platform ready: migrations done in "
                    + durationMillis
                    + " ms; failed tenants "
                    + failedTenants);
      } catch (StartupRefused e) {
        state = "refused: " + e.getMessage();
        LOG.severe("Startup refused, the platform will not become ready: " + e.getMessage());
        return;
      } catch (RuntimeException e) {
        if (!DatabaseFailures.isUnavailable(e)) {
          LOG.log(Level.SEVERE, "Startup migration failed; will retry", e);
        } else {
          LOG.warning(
              "Database unavailable during startup migration; will retry: " + e.getMessage());
        }
        state = "retrying after: " + e.getMessage();
        try {
          Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  private void migrateEverything() {
    state = "migrating platform schema";
    schemas.migratePlatform();

    state = "reconciling declared tenants";
    Map<String, String> refusedNow = new LinkedHashMap<>();
    List<String> failed = new ArrayList<>();
    Set<TenantId> migrated = new HashSet<>();
    List<TenantId> declaredOk = new ArrayList<>();
    for (Declared declared : declaredTenants.read()) {
      if (declared.isValid()) {
        TenantId id = declared.descriptor().id();
        if (!onboarding.reconcile(declared.descriptor(), declared.source())) {
          failed.add(id.value());
        } else {
          declaredOk.add(id);
        }
        migrated.add(id);
      } else {
        String reason = String.join("; ", declared.problems());
        refusedNow.put(declared.source(), reason);
        LOG.severe("Tenant descriptor " + declared.source() + " refused: " + reason);
      }
    }
    refused = Map.copyOf(refusedNow);

    state = "migrating tenants";
    List<TenantId> registered = new ArrayList<>();
    for (Tenant tenant : repository.findAll()) {
      if (!migrated.contains(tenant.id())) {
        registered.add(tenant.id());
      }
    }
    failed.addAll(migrateAll(registered));
    failedTenants = List.copyOf(failed);

    state = "preparing tenant data";
    try {
      tenantsMigrated.fire(new TenantsMigrated(List.copyOf(declaredOk)));
    } catch (StartupRefused e) {
      throw e;
    } catch (RuntimeException e) {
      if (DatabaseFailures.isUnavailable(e)) {
        throw e;
      }
      LOG.log(Level.SEVERE, "Preparing tenant data failed; the platform starts without it", e);
    }
  }

  /**
   * Migrates the tenants {@value #MIGRATION_WORKERS} at a time (this thread and helpers from the
   * executor take the next one in turn: each check is mostly waiting for the database), in the
   * registry's order; returns the ids of those that failed, in that order. A database outage ends
   * the round and is thrown, for the whole startup to try again.
   */
  private List<String> migrateAll(List<TenantId> tenants) {
    ConcurrentLinkedQueue<TenantId> queue = new ConcurrentLinkedQueue<>(tenants);
    Set<TenantId> failed = ConcurrentHashMap.newKeySet();
    Runnable worker =
        () -> {
          for (TenantId id = queue.poll(); id != null; id = queue.poll()) {
            try {
              if (!onboarding.migrate(id, "startup")) {
                failed.add(id);
              }
            } catch (RuntimeException e) {
              queue.clear();
              throw e;
            }
          }
        };
    List<Future<?>> helpers = new ArrayList<>();
    for (int i = 1; i < Math.min(MIGRATION_WORKERS, tenants.size()); i++) {
      helpers.add(executor.submit(worker));
    }
    RuntimeException outage = null;
    try {
      worker.run();
    } catch (RuntimeException e) {
      outage = e;
    }
    for (Future<?> helper : helpers) {
      try {
        helper.get();
      } catch (ExecutionException e) {
        if (outage == null) {
          outage =
              e.getCause() instanceof RuntimeException r
                  ? r
                  : new IllegalStateException(e.getCause());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while migrating tenants", e);
      }
    }
    if (outage != null) {
      throw outage;
    }
    return tenants.stream().filter(failed::contains).map(TenantId::value).toList();
  }

  /** Whether startup migrations have finished. */
  public boolean isDone() {
    return done;
  }

  /** What startup is doing now, for the readiness report. */
  public String state() {
    return state;
  }

  /** Declared descriptors that were refused, by file, with the reason. */
  public Map<String, String> refusedDescriptors() {
    return refused;
  }

  /** Tenants whose migration failed at startup. */
  public List<String> failedTenants() {
    return failedTenants;
  }

  /** Milliseconds from application start to the end of migrations, or -1 while running. */
  public long durationMillis() {
    return durationMillis;
  }
}
