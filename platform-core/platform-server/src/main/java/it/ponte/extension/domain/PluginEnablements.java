package it.ponte.extension.domain;

import it.ponte.api.tenant.TenantId;
import java.util.List;
import java.util.Optional;

/** Plugin enablement per tenant, in the platform schema, with its change history. */
public interface PluginEnablements {

  List<Enablement> ofTenant(TenantId tenant);

  Optional<Enablement> find(TenantId tenant, String pluginId);

  /**
   * Stores the state and appends the change ({@code ENABLE}, {@code CONFIGURE}, {@code DISABLE}).
   */
  void save(TenantId tenant, Enablement enablement, String action);

  /** Tenants with at least one enabled plugin among {@code pluginIds}. */
  List<TenantId> tenantsEnabling(java.util.Collection<String> pluginIds);
}
