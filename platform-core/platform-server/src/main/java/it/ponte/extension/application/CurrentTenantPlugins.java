package it.ponte.extension.application;

import it.ponte.api.core.CurrentTenant;
import it.ponte.api.tenant.TenantId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import java.util.Map;

/**
 * The request's tenant as plugins see it: its region and the configuration of its enabled plugins,
 * loaded before any tenant transaction starts (the registry is not readable inside one).
 */
@RequestScoped
public class CurrentTenantPlugins implements CurrentTenant {

  private TenantId tenant;
  private String region;
  private java.time.ZoneId timeZone;
  private Map<String, JsonObject> enabled = Map.of();
  private java.util.List<String> everEnabled = java.util.List.of();

  /** Binds the request to a tenant and its enabled plugins. */
  public void load(
      TenantId tenant, String region, String timeZone, Map<String, JsonObject> enabled) {
    this.tenant = tenant;
    this.region = region;
    this.timeZone = java.time.ZoneId.of(timeZone);
    this.enabled = Map.copyOf(enabled);
  }

  /**
   * Sets the plugins that ever held data for the tenant (enabled now or once), read before the
   * request's tenant transaction, which cannot read the platform schema.
   */
  public void everEnabled(java.util.List<String> ids) {
    this.everEnabled = java.util.List.copyOf(ids);
  }

  /** The plugins that ever held data for the tenant, as loaded for this request. */
  public java.util.List<String> everEnabledIds() {
    return everEnabled;
  }

  /** The ids of the tenant's enabled plugins. */
  public java.util.Set<String> enabledIds() {
    return enabled.keySet();
  }

  @Override
  public TenantId id() {
    if (tenant == null) {
      throw new IllegalStateException("No tenant loaded for plugins in this request");
    }
    return tenant;
  }

  @Override
  public String region() {
    id();
    return region;
  }

  @Override
  public java.time.ZoneId timeZone() {
    id();
    return timeZone;
  }

  @Override
  public boolean isEnabled(String pluginId) {
    return enabled.containsKey(pluginId);
  }

  @Override
  public <T> T configOf(String pluginId, Class<T> type) {
    JsonObject config = enabled.get(pluginId);
    if (config == null) {
      throw new IllegalStateException(
          "Plugin '" + pluginId + "' is not enabled for tenant " + id().value());
    }
    return ConfigBinding.bind(pluginId, config, type);
  }
}
