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
  /**
   * A recorded change of a plugin's state: ENABLE, CONFIGURE or DISABLE, with the configuration it
   * left (JSON text, defaults applied), when and by whom.
   */
  record Change(String action, String config, java.time.OffsetDateTime at, String actor) {}

  /** The changes of a plugin's state in a tenant, newest first, at most {@code limit}. */
  List<Change> history(TenantId tenant, String pluginId, int limit);

  /** The plugins enabled in every tenant, read at once (the platform's territory list). */
  java.util.Map<TenantId, List<String>> enabledByTenant();

  List<TenantId> tenantsEnabling(java.util.Collection<String> pluginIds);
}
