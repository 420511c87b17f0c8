package it.ponte.api.core;

import it.ponte.api.tenant.TenantId;
import java.util.Map;

/** The tenant a plugin is working for now, and the plugin's configuration there. */
public interface CurrentTenant {

  TenantId id();

  /** ISTAT region code of the territory. */
  String region();

  /** The territory's time zone: "today" for a territory is today there. */
  java.time.ZoneId timeZone();

  /** The configuration of a plugin for this tenant, defaults applied; empty if not enabled. */
  Map<String, Object> configOf(String pluginId);

  /** Whether a plugin (this one or another) is enabled for this tenant. */
  boolean isEnabled(String pluginId);
}
