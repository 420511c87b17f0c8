package it.ponte.extension.application;

import it.ponte.api.plugin.PluginDescriptor;
import it.ponte.api.tenant.TenantId;
import it.ponte.extension.domain.PluginEnablements;
import it.ponte.extension.infrastructure.PluginSchemas;
import it.ponte.platform.application.ProblemException;
import it.ponte.platform.infrastructure.JsonValues;
import it.ponte.tenancy.application.StartupRefused;
import it.ponte.tenancy.application.TenantDirectory;
import it.ponte.tenancy.application.TenantsMigrated;
import it.ponte.tenancy.domain.TenantDescriptor;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * At startup, before anything else uses the tenants: refuses to start when the installed plugins do
 * not fit together or a tenant descriptor names a plugin that is missing or misconfigured, then
 * enables in each declared tenant the plugins its descriptor lists, with their configuration. A
 * descriptor is the desired state of a declared tenant: a plugin it lists is enabled again at each
 * start, with the configuration written there.
 */
@ApplicationScoped
public class DescriptorPlugins {

  /** Runs before the other startup observers (demo data comes after plugins). */
  public static final int PRIORITY = 10;

  /** The actor of changes made from descriptors. */
  static final String ACTOR = "tenant descriptor";

  private static final Logger LOG = Logger.getLogger(DescriptorPlugins.class.getName());

  @Inject PluginRegistry registry;

  @Inject PluginService plugins;

  @Inject TenantDirectory directory;

  @Inject PluginEnablements enablements;

  @Inject PluginSchemas schemas;

  void onMigrated(@Observes @Priority(PRIORITY) TenantsMigrated event) {
    List<String> problems = registry.installed().problems();
    if (!problems.isEmpty()) {
      throw new StartupRefused("the installed plugins cannot run: " + String.join("; ", problems));
    }
    for (TenantId tenant : event.declared()) {
      TenantDescriptor descriptor =
          directory.findActive(tenant).map(t -> t.descriptor()).orElse(null);
      if (descriptor == null) {
        continue;
      }
      for (String pluginId : unknown(descriptor)) {
        throw new StartupRefused(
            "tenant '" + tenant + "' enables plugin '" + pluginId + "', which is not installed");
      }
      for (String pluginId : registry.inDependencyOrder(descriptor.plugins().keySet())) {
        JsonObject config = (JsonObject) JsonValues.toJson(descriptor.plugins().get(pluginId));
        Map<String, JsonObject> enabled = plugins.enabledPlugins(tenant);
        JsonObject checked = registry.schema(pluginId).validate(config).config();
        if (checked != null && checked.equals(enabled.get(pluginId))) {
          continue;
        }
        try {
          plugins.enable(tenant, descriptor.region(), pluginId, config, ACTOR);
          LOG.info(
              () -> "Tenant " + tenant + ": plugin " + pluginId + " enabled from its descriptor");
        } catch (ProblemException e) {
          String why =
              e.errors().isEmpty()
                  ? e.getMessage()
                  : e.errors().stream()
                      .map(f -> f.pointer() + " " + f.detail())
                      .collect(Collectors.joining("; "));
          throw new StartupRefused(
              "tenant '" + tenant + "' cannot enable plugin '" + pluginId + "': " + why);
        }
      }
    }
  }

  /**
   * Brings every enabled plugin's tables up to date in every tenant that enabled it: a new version
   * of a plugin may bring new changesets.
   */
  void onMigratedThenUpdatePlugins(@Observes @Priority(PRIORITY + 1) TenantsMigrated event) {
    List<String> installed = registry.installed().all().stream().map(PluginDescriptor::id).toList();
    for (TenantId tenant : enablements.tenantsEnabling(installed)) {
      for (String pluginId : plugins.enabledPlugins(tenant).keySet()) {
        try {
          schemas.prepare(tenant, registry.find(pluginId).orElseThrow(), false);
        } catch (RuntimeException e) {
          throw new StartupRefused(
              "plugin '"
                  + pluginId
                  + "' could not update its tables in tenant '"
                  + tenant
                  + "': "
                  + e.getMessage());
        }
      }
    }
  }

  private List<String> unknown(TenantDescriptor descriptor) {
    return descriptor.plugins().keySet().stream()
        .filter(id -> registry.find(id).isEmpty())
        .sorted()
        .toList();
  }
}
