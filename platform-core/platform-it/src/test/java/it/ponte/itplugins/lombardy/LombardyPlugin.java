package it.ponte.itplugins.lombardy;

import it.ponte.api.plugin.Plugin;
import it.ponte.api.plugin.PluginDependency;
import it.ponte.api.plugin.PluginDescriptor;
import jakarta.enterprise.context.ApplicationScoped;

/** A plugin for Lombardy only that needs the echo plugin: for region and dependency rules. */
@ApplicationScoped
public class LombardyPlugin implements Plugin {

  @Override
  public PluginDescriptor descriptor() {
    return PluginDescriptor.builder("it-lombardy", "Lombardy only (test fixture)", "1.0.0")
        .dependsOn(PluginDependency.requires("it-echo"))
        .regions("03")
        .build();
  }
}
