package it.ponte.plugin.ic.application;

import it.ponte.api.core.CurrentTenant;
import it.ponte.api.plugin.FederatedMetricContributor;
import it.ponte.api.plugin.FederatedUnit;
import it.ponte.api.plugin.ReportContributor.Period;
import it.ponte.plugin.ic.InnovationCallsPlugin;
import it.ponte.plugin.ic.infrastructure.IcReportQueries;
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

  @Inject IcReportQueries queries;

  @Inject CurrentTenant tenant;

  @Override
  public String pluginId() {
    return InnovationCallsPlugin.ID;
  }

  @Override
  public List<FederatedUnit> units(Period p) {
    String zone = tenant.timeZone().getId();
    List<FederatedUnit> units = new ArrayList<>();
    for (IcReportQueries.Unit a : queries.submitted(zone, p.from(), p.to())) {
      units.add(FederatedUnit.counted("applications submitted", "application:" + a.id()));
    }
    for (IcReportQueries.Unit a : queries.funded(zone, p.from(), p.to())) {
      String key = "application:" + a.id();
      units.add(FederatedUnit.counted("applications funded", key));
      if (a.amount() != null) {
        units.add(FederatedUnit.euros("approved EUR", key, a.amount()));
      }
    }
    for (IcReportQueries.Unit a : queries.disbursed(p.from(), p.to())) {
      units.add(FederatedUnit.euros("disbursed EUR", "application:" + a.id(), a.amount()));
    }
    for (IcReportQueries.Unit job : queries.jobsStarting(p.from(), p.to())) {
      units.add(FederatedUnit.counted("jobs created", "placement:" + job.id()));
    }
    return units;
  }
}
