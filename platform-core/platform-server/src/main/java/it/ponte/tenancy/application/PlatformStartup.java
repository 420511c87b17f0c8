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
    for (Tenant tenant : repository.findAll()) {
      TenantId id = tenant.id();
      if (!migrated.contains(id) && !onboarding.migrate(id, "startup")) {
        failed.add(id.value());
      }
    }
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
