package it.ponte.plugin.mc;

import it.ponte.api.plugin.Plugin;
import it.ponte.api.plugin.PluginDescriptor;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/** Microcredit loans at partner banks against a guarantee fund; any region. */
@ApplicationScoped
public class MicrocreditPlugin implements Plugin {

  /** The plugin's id. */
  public static final String ID = "microcredit";

  @Override
  public PluginDescriptor descriptor() {
    return new PluginDescriptor(
        ID,
        "Microcredit",
        "0.1.0",
        "[1.0,2.0)",
        List.of(),
        Set.of(),
        "mc/changelog.yaml",
        "mc_",
        "mc/config.schema.json",
        Set.of(
            "links loans to candidates who borrow (self-employment, social microcredit)",
            "records business plans, evaluations, repayments and arrears of borrowers",
            "reads placements and companies to count the jobs business loans create"));
  }
}
