package it.ponte.plugin.mc.interfaces;

import it.ponte.api.plugin.ConsoleContribution;
import it.ponte.api.plugin.TenantRole;
import it.ponte.plugin.mc.MicrocreditPlugin;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/**
 * Microcredit's pages in the web console ({@code console/plugins/microcredit/} in this jar): the
 * funds and the loans, a loan's lifecycle, schedule and repayments, a new application.
 */
@ApplicationScoped
public class McConsole implements ConsoleContribution {

  @Override
  public String pluginId() {
    return MicrocreditPlugin.ID;
  }

  @Override
  public List<Page> pages() {
    return List.of(
        new Page(
            "",
            "ponte-mc-microcredit",
            "console/plugins/microcredit/microcredit.js",
            Map.of("it", "Microcredito", "en", "Microcredit"),
            TenantRole.VIEWER));
  }
}
