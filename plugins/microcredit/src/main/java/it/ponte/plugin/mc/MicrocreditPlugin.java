package it.ponte.plugin.mc;

import it.ponte.api.plugin.Plugin;
import it.ponte.api.plugin.PluginDescriptor;
import jakarta.enterprise.context.ApplicationScoped;

/** Microcredit loans at partner banks against a guarantee fund; any region. */
@ApplicationScoped
public class MicrocreditPlugin implements Plugin {

  /** The plugin's id. */
  public static final String ID = "microcredit";

  @Override
  public PluginDescriptor descriptor() {
    return PluginDescriptor.builder(ID, "Microcredit", "0.1.0")
        .tables("mc/changelog.yaml", "mc_")
        .configSchema("mc/config.schema.json")
        .permission("links loans to candidates who borrow (self-employment, social microcredit)")
        .permission("records business plans, evaluations, repayments and arrears of borrowers")
        .permission("reads placements and companies to count the jobs business loans create")
        .build();
  }
}
