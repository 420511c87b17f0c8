package it.ponte.plugin.ic.application;

import it.ponte.api.core.CurrentTenant;
import it.ponte.api.core.TenantSql;
import it.ponte.api.plugin.FederatedMetricContributor;
import it.ponte.api.plugin.FederatedUnit;
import it.ponte.api.plugin.ReportContributor.Period;
import it.ponte.plugin.ic.InnovationCallsPlugin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * The calls' federated figures for a period: applications submitted, applications funded with the
 * euros approved, euros disbursed (per application) and jobs created, each by the day it happened
 * in the territory's time zone.
 */
@ApplicationScoped
public class IcFederatedMetrics implements FederatedMetricContributor {

  @Inject TenantSql sql;

  @Inject CurrentTenant tenant;

  @Override
  public String pluginId() {
    return InnovationCallsPlugin.ID;
  }

  @Override
  public List<FederatedUnit> units(Period p) {
    String zone = tenant.timeZone().getId();
    List<FederatedUnit> units = new ArrayList<>();
    units.addAll(
        sql.query(
            "SELECT id FROM ic_application WHERE (submitted_at AT TIME ZONE ?)::date BETWEEN ? AND ?",
            rs -> FederatedUnit.counted("applications submitted", "application:" + rs.getLong(1)),
            zone,
            p.from(),
            p.to()));
    for (Object[] funded :
        sql.query(
            "SELECT a.id, a.approved FROM ic_application a WHERE EXISTS (SELECT 1 FROM ic_transition t"
                + " WHERE t.application_id = a.id AND t.to_status = 'FUNDED'"
                + " AND (t.at AT TIME ZONE ?)::date BETWEEN ? AND ?)",
            rs -> new Object[] {rs.getLong(1), rs.getBigDecimal(2)},
            zone,
            p.from(),
            p.to())) {
      String key = "application:" + funded[0];
      units.add(FederatedUnit.counted("applications funded", key));
      if (funded[1] != null) {
        units.add(FederatedUnit.euros("approved EUR", key, (java.math.BigDecimal) funded[1]));
      }
    }
    units.addAll(
        sql.query(
            "SELECT application_id, sum(amount) FROM ic_disbursement WHERE on_date BETWEEN ? AND ?"
                + " GROUP BY application_id",
            rs ->
                FederatedUnit.euros(
                    "disbursed EUR", "application:" + rs.getLong(1), rs.getBigDecimal(2)),
            p.from(),
            p.to()));
    units.addAll(
        sql.query(
            "SELECT placement_id FROM ic_job WHERE kind = 'JOB' AND start_date BETWEEN ? AND ?",
            rs -> FederatedUnit.counted("jobs created", "placement:" + rs.getLong(1)),
            p.from(),
            p.to()));
    return units;
  }
}
