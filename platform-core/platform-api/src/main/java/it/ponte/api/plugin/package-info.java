/**
 * The plugin SPI: what a plugin declares ({@link it.ponte.api.plugin.PluginDescriptor}) and the
 * extension points it may implement. The core decides for every extension point whether a plugin
 * sees a tenant; plugins never check enablement themselves.
 */
package it.ponte.api.plugin;
