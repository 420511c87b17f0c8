package it.ponte.itplugins.lombardy;

import it.ponte.api.plugin.Plugin;
import it.ponte.api.plugin.PluginDependency;
import it.ponte.api.plugin.PluginDescriptor;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/** A plugin for Lombardy only that needs the echo plugin: for region and dependency rules. */
@ApplicationScoped
public class LombardyPlugin implements Plugin {

  @Override
  public PluginDescriptor descriptor() {
    return new PluginDescriptor(
        "it-lombardy",
        "Lombardy only (test fixture)",
        "1.0.0",
        "[1.0,2.0)",
        List.of(PluginDependency.requires("it-echo")),
        Set.of("03"),
        null,
        null,
        null,
        Set.of());
  }
}
