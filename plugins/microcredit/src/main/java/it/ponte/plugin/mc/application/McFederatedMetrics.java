package it.ponte.plugin.mc.application;

import it.ponte.api.core.TenantSql;
import it.ponte.api.plugin.FederatedMetricContributor;
import it.ponte.api.plugin.FederatedUnit;
import it.ponte.api.plugin.ReportContributor.Period;
import it.ponte.plugin.mc.MicrocreditPlugin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * Microcredit's federated figures for a period: loans applied for, approved and defaulted, and the
 * euros disbursed, repaid and called on the guarantee fund, each by the date it happened. The unit
 * is the loan: its tranches or repayments in the period are one amount.
 */
@ApplicationScoped
public class McFederatedMetrics implements FederatedMetricContributor {

  @Inject TenantSql sql;

  @Override
  public String pluginId() {
    return MicrocreditPlugin.ID;
  }

  @Override
  public List<FederatedUnit> units(Period period) {
    List<FederatedUnit> units = new ArrayList<>();
    counted(units, "loans applied", "applied_on", period);
    counted(units, "loans approved", "approved_on", period);
    counted(units, "loans defaulted", "defaulted_on", period);
    euros(
        units,
        "disbursed EUR",
        "SELECT loan_id, sum(amount) FROM mc_disbursement WHERE on_date BETWEEN ? AND ?"
            + " GROUP BY loan_id",
        period);
    euros(
        units,
        "repaid EUR",
        "SELECT loan_id, sum(amount) FROM mc_repayment WHERE paid_on BETWEEN ? AND ?"
            + " GROUP BY loan_id",
        period);
    euros(
        units,
        "guarantee calls EUR",
        "SELECT loan_id, sum(amount) FROM mc_fund_entry"
            + " WHERE kind = 'GUARANTEE_CALL' AND on_date BETWEEN ? AND ? GROUP BY loan_id",
        period);
    return units;
  }

  private void counted(List<FederatedUnit> units, String figure, String dateColumn, Period p) {
    units.addAll(
        sql.query(
            "SELECT id FROM mc_loan WHERE " + dateColumn + " BETWEEN ? AND ?",
            rs -> FederatedUnit.counted(figure, "loan:" + rs.getLong(1)),
            p.from(),
            p.to()));
  }

  private void euros(List<FederatedUnit> units, String figure, String statement, Period p) {
    units.addAll(
        sql.query(
            statement,
            rs -> FederatedUnit.euros(figure, "loan:" + rs.getLong(1), rs.getBigDecimal(2)),
            p.from(),
            p.to()));
  }
}
