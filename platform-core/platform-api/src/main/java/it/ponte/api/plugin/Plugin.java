package it.ponte.api.plugin;

/**
 * A plugin: one CDI bean per plugin jar implements it. The core finds plugins at startup among the
 * beans of the application; adding a plugin is adding its jar and restarting.
 */
public interface Plugin {

  /** What the plugin declares about itself; the same value every time. */
  PluginDescriptor descriptor();
}
