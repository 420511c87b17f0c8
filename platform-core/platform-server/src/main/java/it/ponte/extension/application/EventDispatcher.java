package it.ponte.extension.application;

import it.ponte.api.plugin.DomainEventListener;
import it.ponte.api.tenant.TenantId;
import it.ponte.events.domain.OutboxCommitted;
import it.ponte.extension.domain.PluginEnablements;
import it.ponte.tenancy.application.TenantsMigrated;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Moves events from tenants' outboxes to the enabled plugins' listeners. A commit that wrote events
 * wakes it for that tenant; a sweep every few seconds picks up retries, work left by a restart and
 * events written on another instance. It runs in the background only: no request ever waits for a
 * listener.
 */
@ApplicationScoped
public class EventDispatcher {

  private static final Logger LOG = Logger.getLogger(EventDispatcher.class.getName());

  /** Seconds between sweeps. */
  static final long SWEEP_SECONDS = 3;

  /** Most events delivered to one plugin of one tenant in one go, so others get their turn. */
  static final int BATCH = 200;

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject PluginRegistry registry;

  @Inject TenantScopes scopes;

  @Inject PluginService plugins;

  @Inject PluginEnablements enablements;

  @Inject EventDelivery delivery;

  private final Set<TenantId> queued = ConcurrentHashMap.newKeySet();

  private volatile ScheduledFuture<?> sweeping;

  void start(@Observes TenantsMigrated event) {
    if (sweeping == null) {
      LOG.info("Event dispatcher started: sweeping every " + SWEEP_SECONDS + " s");
      sweeping =
          scheduler.scheduleWithFixedDelay(
              this::sweep, SWEEP_SECONDS, SWEEP_SECONDS, TimeUnit.SECONDS);
    }
  }

  @PreDestroy
  void stop() {
    if (sweeping != null) {
      sweeping.cancel(false);
    }
  }

  /** A tenant committed new events to its outbox: deliver them soon. */
  void onCommitted(@Observes OutboxCommitted committed) {
    wake(committed.tenant());
  }

  /** Asks for the tenant's pending events to be delivered soon. */
  public void wake(TenantId tenant) {
    if (queued.add(tenant)) {
      scheduler.submit(
          () -> {
            queued.remove(tenant);
            drain(tenant);
          });
    }
  }

  private void sweep() {
    try {
      List<String> listening = registry.pluginsWith(DomainEventListener.class);
      for (TenantId tenant : enablements.tenantsEnabling(listening)) {
        drain(tenant);
      }
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING, "Event sweep failed; next in " + SWEEP_SECONDS + " s: " + e.getMessage());
    }
  }

  /** Delivers what is due for every enabled plugin with listeners in one tenant. */
  void drain(TenantId tenant) {
    try {
      var scope = scopes.of(tenant);
      if (scope.isEmpty()) {
        return;
      }
      for (String pluginId : registry.pluginsWith(DomainEventListener.class)) {
        if (!scope.get().enabled().containsKey(pluginId)) {
          continue;
        }
        int delivered = 0;
        while (delivered < BATCH
            && delivery.next(scope.get(), pluginId) == EventDelivery.Outcome.DELIVERED) {
          delivered++;
        }
        if (delivered > 0) {
          int count = delivered;
          LOG.fine(() -> "Delivered " + count + " events of " + tenant + " to " + pluginId);
        }
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Delivering events of " + tenant + " failed: " + e.getMessage(), e);
    }
  }
}
