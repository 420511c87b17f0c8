package it.ponte.extension.application;

import it.ponte.api.plugin.ScheduledTask;
import it.ponte.api.tenant.TenantId;
import it.ponte.extension.domain.PluginEnablements;
import it.ponte.tenancy.application.TenantsMigrated;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs plugins' {@link ScheduledTask}s every {@code ponte.plugins.task-seconds}, once per tenant
 * that enabled the plugin, each in its own transaction of that tenant. A failing run is logged and
 * tried again at the next round; it never affects other tenants or plugins.
 */
@ApplicationScoped
public class ScheduledTasks {

  private static final Logger LOG = Logger.getLogger(ScheduledTasks.class.getName());

  @Inject
  @ConfigProperty(name = "ponte.plugins.task-seconds", defaultValue = "300")
  long seconds;

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject PluginRegistry registry;

  @Inject PluginService plugins;

  @Inject PluginEnablements enablements;

  @Inject Runner runner;

  @Inject TenantScopes scopes;

  private volatile ScheduledFuture<?> rounds;

  void start(@Observes TenantsMigrated event) {
    if (rounds == null && !registry.pluginsWith(ScheduledTask.class).isEmpty()) {
      rounds = scheduler.scheduleWithFixedDelay(this::round, seconds, seconds, TimeUnit.SECONDS);
    }
  }

  @PreDestroy
  void stop() {
    if (rounds != null) {
      rounds.cancel(false);
    }
  }

  private void round() {
    try {
      List<String> withTasks = registry.pluginsWith(ScheduledTask.class);
      for (TenantId tenant : enablements.tenantsEnabling(withTasks)) {
        var scope = scopes.of(tenant);
        if (scope.isEmpty()) {
          continue;
        }
        for (String pluginId : withTasks) {
          if (!scope.get().enabled().containsKey(pluginId)) {
            continue;
          }
          try {
            runner.run(scope.get(), pluginId);
          } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Task of plugin " + pluginId + " failed in " + tenant, e);
          }
        }
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Plugin task round failed: " + e.getMessage());
    }
  }

  /** Runs one plugin's tasks for one tenant, bound to that tenant as a request would be. */
  @ApplicationScoped
  public static class Runner {

    @Inject TenantScopes scopes;

    @Inject PluginRegistry registry;

    @ActivateRequestContext
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void run(TenantScope scope, String pluginId) {
      scopes.bind(scope);
      for (ScheduledTask task : registry.extensions(ScheduledTask.class, List.of(pluginId))) {
        task.run();
      }
    }
  }
}
