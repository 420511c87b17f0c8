package it.ponte.extension.application;

import it.ponte.api.tenant.TenantId;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;

/**
 * Everything work for one territory needs bound: the tenant, its region and time zone, and its
 * plugins (enabled now with their configuration, and every one that ever held data there). Read
 * once from the platform registry, outside any tenant transaction (which cannot read it), by {@link
 * TenantScopes}; bound to a request by {@link TenantScopes#bind}.
 */
public record TenantScope(
    TenantId tenant,
    String region,
    String timeZone,
    Map<String, JsonObject> enabled,
    List<String> everEnabled) {

  public TenantScope {
    enabled = Map.copyOf(enabled);
    everEnabled = List.copyOf(everEnabled);
  }
}
