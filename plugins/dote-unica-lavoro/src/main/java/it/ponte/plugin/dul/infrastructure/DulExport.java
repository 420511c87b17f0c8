package it.ponte.plugin.dul.infrastructure;

import it.ponte.api.plugin.TerritoryExportContributor;
import it.ponte.plugin.dul.DoteUnicaLavoroPlugin;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The plugin's tables in the territory's export, each whole, in the order they refer to each other.
 */
@ApplicationScoped
public class DulExport implements TerritoryExportContributor {

  private static final List<String> TABLES =
      List.of(
          "dul_operator",
          "dul_dote",
          "dul_pip_line",
          "dul_delivery",
          "dul_claim",
          "dul_budget_entry");

  @Override
  public String pluginId() {
    return DoteUnicaLavoroPlugin.ID;
  }

  @Override
  public List<Table> exportTables() {
    return TABLES.stream()
        .map(t -> new Table(t.substring(t.indexOf('_') + 1), "SELECT * FROM " + t + " ORDER BY 1"))
        .toList();
  }
}
