package it.ponte.plugin.dul.application;

import it.ponte.api.core.CurrentTenant;
import it.ponte.api.core.TenantSql;
import it.ponte.api.plugin.FederatedMetricContributor;
import it.ponte.api.plugin.FederatedUnit;
import it.ponte.api.plugin.ReportContributor.Period;
import it.ponte.plugin.dul.DoteUnicaLavoroPlugin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * Dote Unica Lavoro's federated figures for a period: doti started by fascia, doti closed by how
 * they ended, result claims (count and euros) and employer incentives, each by the day it happened
 * in the territory's time zone.
 */
@ApplicationScoped
public class DulFederatedMetrics implements FederatedMetricContributor {

  @Inject TenantSql sql;

  @Inject CurrentTenant tenant;

  @Override
  public String pluginId() {
    return DoteUnicaLavoroPlugin.ID;
  }

  @Override
  public List<FederatedUnit> units(Period p) {
    List<FederatedUnit> units = new ArrayList<>();
    units.addAll(
        sql.query(
            "SELECT id, fascia FROM dul_dote WHERE starts_on BETWEEN ? AND ?",
            rs ->
                FederatedUnit.counted(
                    "doti started fascia " + rs.getInt(2), "dote:" + rs.getLong(1)),
            p.from(),
            p.to()));
    units.addAll(
        sql.query(
            "SELECT id, status FROM dul_dote WHERE status <> 'ACTIVE' AND closed_on BETWEEN ? AND ?",
            rs -> FederatedUnit.counted("doti closed " + rs.getString(2), "dote:" + rs.getLong(1)),
            p.from(),
            p.to()));
    String zone = tenant.timeZone().getId();
    String inPeriod = " (created_at AT TIME ZONE ?)::date BETWEEN ? AND ?";
    for (Object[] claim :
        sql.query(
            "SELECT id, amount, employer_incentive FROM dul_claim WHERE qualifies AND" + inPeriod,
            rs -> new Object[] {rs.getLong(1), rs.getBigDecimal(2), rs.getBigDecimal(3)},
            zone,
            p.from(),
            p.to())) {
      String key = "claim:" + claim[0];
      units.add(FederatedUnit.counted("result claims", key));
      if (claim[1] != null) {
        units.add(FederatedUnit.euros("result claims EUR", key, (java.math.BigDecimal) claim[1]));
      }
    }
    units.addAll(
        sql.query(
            "SELECT id, employer_incentive FROM dul_claim"
                + " WHERE employer_incentive > 0 AND"
                + inPeriod,
            rs ->
                FederatedUnit.euros(
                    "employer incentives EUR", "claim:" + rs.getLong(1), rs.getBigDecimal(2)),
            zone,
            p.from(),
            p.to()));
    return units;
  }
}
