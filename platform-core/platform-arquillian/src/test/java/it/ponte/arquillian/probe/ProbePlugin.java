package it.ponte.arquillian.probe;

import it.ponte.api.plugin.Plugin;
import it.ponte.api.plugin.PluginDescriptor;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A test-fixture plugin deployed with the in-container tests: its listener and task write down
 * where they ran (territory, database role, search path), and the tests tell it to fail.
 */
@ApplicationScoped
public class ProbePlugin implements Plugin {

  public static final String ID = "it-probe";

  @Override
  public PluginDescriptor descriptor() {
    return PluginDescriptor.builder(ID, "Probe (in-container test fixture)", "1.0.0")
        .tables("itprobe/changelog.yaml", "probe_")
        .permission("records where its listener and task ran")
        .build();
  }
}
