package it.ponte.api.core;

import it.ponte.api.tenant.TenantId;

/** The tenant a plugin is working for now, and the plugin's configuration there. */
public interface CurrentTenant {

  TenantId id();

  /** ISTAT region code of the territory. */
  String region();

  /** The territory's time zone: "today" for a territory is today there. */
  java.time.ZoneId timeZone();

  /**
   * A plugin's configuration for this tenant - checked against the plugin's schema when it was set,
   * every default filled in - bound with JSON-B to the plugin's own type: a record whose components
   * are the schema's properties (nested objects as nested records, arrays as lists or sets, numbers
   * as {@code int}, {@code long} or {@code BigDecimal}, strings as strings, dates or enums). The
   * binding is cached while the configuration is unchanged.
   *
   * @throws IllegalStateException when the plugin is not enabled here, or its schema and the type
   *     disagree (a bug of the plugin)
   */
  <T> T configOf(String pluginId, Class<T> type);

  /** Whether a plugin (this one or another) is enabled for this tenant. */
  boolean isEnabled(String pluginId);
}
