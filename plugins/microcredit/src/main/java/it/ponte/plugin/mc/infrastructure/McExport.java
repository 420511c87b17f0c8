package it.ponte.plugin.mc.infrastructure;

import it.ponte.api.plugin.TerritoryExportContributor;
import it.ponte.plugin.mc.MicrocreditPlugin;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The plugin's tables in the territory's export, each whole, in the order they refer to each other.
 */
@ApplicationScoped
public class McExport implements TerritoryExportContributor {

  private static final List<String> TABLES =
      List.of(
          "mc_fund",
          "mc_fund_entry",
          "mc_service",
          "mc_loan",
          "mc_disbursement",
          "mc_instalment",
          "mc_repayment",
          "mc_job");

  @Override
  public String pluginId() {
    return MicrocreditPlugin.ID;
  }

  @Override
  public List<Table> exportTables() {
    return TABLES.stream()
        .map(t -> new Table(t.substring(t.indexOf('_') + 1), "SELECT * FROM " + t + " ORDER BY 1"))
        .toList();
  }
}
