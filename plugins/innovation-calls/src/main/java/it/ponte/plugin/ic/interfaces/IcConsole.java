package it.ponte.plugin.ic.interfaces;

import it.ponte.api.plugin.ConsoleContribution;
import it.ponte.api.plugin.TenantRole;
import it.ponte.plugin.ic.InnovationCallsPlugin;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/**
 * The calls' page in the web console ({@code console/plugins/innovation-calls/} in this jar): calls
 * and budgets, a call's committee, applications and ranking, an application's lifecycle.
 */
@ApplicationScoped
public class IcConsole implements ConsoleContribution {

  @Override
  public String pluginId() {
    return InnovationCallsPlugin.ID;
  }

  @Override
  public List<Page> pages() {
    return List.of(
        new Page(
            "",
            "ponte-ic-calls",
            "console/plugins/innovation-calls/calls.js",
            Map.of("it", "Bandi", "en", "Calls"),
            TenantRole.VIEWER));
  }
}
