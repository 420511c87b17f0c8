package it.ponte.plugin.ic.infrastructure;

import it.ponte.api.plugin.TerritoryExportContributor;
import it.ponte.plugin.ic.InnovationCallsPlugin;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The plugin's tables in the territory's export, each whole, in the order they refer to each other.
 */
@ApplicationScoped
public class IcExport implements TerritoryExportContributor {

  private static final List<String> TABLES =
      List.of(
          "ic_call",
          "ic_criterion",
          "ic_member",
          "ic_conflict",
          "ic_application",
          "ic_score",
          "ic_transition",
          "ic_disbursement",
          "ic_workshop",
          "ic_job");

  @Override
  public String pluginId() {
    return InnovationCallsPlugin.ID;
  }

  @Override
  public List<Table> exportTables() {
    return TABLES.stream()
        .map(t -> new Table(t.substring(t.indexOf('_') + 1), "SELECT * FROM " + t + " ORDER BY 1"))
        .toList();
  }
}
