package it.ponte.plugin.dul.interfaces;

import it.ponte.api.plugin.ConsoleContribution;
import it.ponte.api.plugin.TenantRole;
import it.ponte.plugin.dul.DoteUnicaLavoroPlugin;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/**
 * Dote Unica Lavoro's page in the web console ({@code console/plugins/dote-unica-lavoro/} in this
 * jar): operators and budgets, doti, a dote's profiling, PIP, deliveries and claims.
 */
@ApplicationScoped
public class DulConsole implements ConsoleContribution {

  @Override
  public String pluginId() {
    return DoteUnicaLavoroPlugin.ID;
  }

  @Override
  public List<Page> pages() {
    return List.of(
        new Page(
            "",
            "ponte-dul-doti",
            "console/plugins/dote-unica-lavoro/doti.js",
            Map.of("it", "Dote Unica Lavoro", "en", "Dote Unica Lavoro"),
            TenantRole.VIEWER));
  }
}
