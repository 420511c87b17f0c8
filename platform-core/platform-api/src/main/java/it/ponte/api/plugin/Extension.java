package it.ponte.api.plugin;

/**
 * Something a plugin contributes to the core; the core uses it only for tenants that enabled it.
 */
public interface Extension {

  /** The id of the plugin this extension belongs to. */
  String pluginId();
}
