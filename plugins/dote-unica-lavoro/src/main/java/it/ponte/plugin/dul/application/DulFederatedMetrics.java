package it.ponte.plugin.dul.application;

import it.ponte.api.core.CurrentTenant;
import it.ponte.api.plugin.FederatedMetricContributor;
import it.ponte.api.plugin.FederatedUnit;
import it.ponte.api.plugin.ReportContributor.Period;
import it.ponte.plugin.dul.DoteUnicaLavoroPlugin;
import it.ponte.plugin.dul.infrastructure.DulReportQueries;
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

  @Inject DulReportQueries queries;

  @Inject CurrentTenant tenant;

  @Override
  public String pluginId() {
    return DoteUnicaLavoroPlugin.ID;
  }

  @Override
  public List<FederatedUnit> units(Period p) {
    List<FederatedUnit> units = new ArrayList<>();
    for (DulReportQueries.Unit dote : queries.dotiStarted(p.from(), p.to())) {
      units.add(FederatedUnit.counted("doti started fascia " + dote.label(), "dote:" + dote.id()));
    }
    for (DulReportQueries.Unit dote : queries.dotiClosedUnits(p.from(), p.to())) {
      units.add(FederatedUnit.counted("doti closed " + dote.label(), "dote:" + dote.id()));
    }
    String zone = tenant.timeZone().getId();
    for (DulReportQueries.Unit claim : queries.claimsRecorded(zone, p.from(), p.to())) {
      String key = "claim:" + claim.id();
      if (claim.label().equals("qualifies")) {
        units.add(FederatedUnit.counted("result claims", key));
        if (claim.amount() != null) {
          units.add(FederatedUnit.euros("result claims EUR", key, claim.amount()));
        }
      }
      if (claim.incentive() != null && claim.incentive().signum() > 0) {
        units.add(FederatedUnit.euros("employer incentives EUR", key, claim.incentive()));
      }
    }
    return units;
  }
}
