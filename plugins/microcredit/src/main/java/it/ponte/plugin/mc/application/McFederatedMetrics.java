package it.ponte.plugin.mc.application;

import it.ponte.api.plugin.FederatedMetricContributor;
import it.ponte.api.plugin.FederatedUnit;
import it.ponte.api.plugin.ReportContributor.Period;
import it.ponte.plugin.mc.MicrocreditPlugin;
import it.ponte.plugin.mc.infrastructure.McReportQueries;
import it.ponte.plugin.mc.infrastructure.McReportQueries.Flow;
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

  @Inject McReportQueries queries;

  @Override
  public String pluginId() {
    return MicrocreditPlugin.ID;
  }

  @Override
  public List<FederatedUnit> units(Period period) {
    List<FederatedUnit> units = new ArrayList<>();
    counted(units, "loans applied", Flow.LOANS_APPLIED, period);
    counted(units, "loans approved", Flow.LOANS_APPROVED, period);
    counted(units, "loans defaulted", Flow.LOANS_DEFAULTED, period);
    euros(units, "disbursed EUR", Flow.DISBURSED, period);
    euros(units, "repaid EUR", Flow.REPAID, period);
    euros(units, "guarantee calls EUR", Flow.GUARANTEE_CALLS, period);
    return units;
  }

  private void counted(List<FederatedUnit> units, String figure, Flow flow, Period p) {
    queries
        .byLoan(flow, p.from(), p.to())
        .keySet()
        .forEach(loan -> units.add(FederatedUnit.counted(figure, "loan:" + loan)));
  }

  private void euros(List<FederatedUnit> units, String figure, Flow flow, Period p) {
    queries
        .byLoan(flow, p.from(), p.to())
        .forEach((loan, euros) -> units.add(FederatedUnit.euros(figure, "loan:" + loan, euros)));
  }
}
