package it.ponte.api.plugin;

/**
 * Periodic work of a plugin, such as closing what expired. The core runs it at a platform-wide
 * interval, once per tenant where the plugin is enabled, in a transaction of that tenant (use
 * {@link it.ponte.api.core.CurrentTenant#timeZone()} for "today"). It must be safe to run again.
 */
public interface ScheduledTask extends Extension {

  void run();
}
