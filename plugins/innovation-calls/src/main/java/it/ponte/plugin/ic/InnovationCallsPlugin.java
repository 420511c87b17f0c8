package it.ponte.plugin.ic;

import it.ponte.api.plugin.Plugin;
import it.ponte.api.plugin.PluginDependency;
import it.ponte.api.plugin.PluginDescriptor;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Social-innovation funding calls with an evaluation committee; any region. Optionally works with
 * microcredit: a selected project can be referred for a loan.
 */
@ApplicationScoped
public class InnovationCallsPlugin implements Plugin {

  /** The plugin's id. */
  public static final String ID = "innovation-calls";

  /** The optional partner plugin. */
  public static final String MICROCREDIT = "microcredit";

  @Override
  public PluginDescriptor descriptor() {
    return PluginDescriptor.builder(ID, "Social-innovation calls", "0.1.0")
        .dependsOn(PluginDependency.uses(MICROCREDIT))
        .tables("ic/changelog.yaml", "ic_")
        .configSchema("ic/config.schema.json")
        .permission("reads placements and companies to count the jobs funded projects create")
        .permission("records committee members' scores and conflicts of interest")
        .build();
  }
}
