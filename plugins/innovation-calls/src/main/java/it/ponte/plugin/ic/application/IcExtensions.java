package it.ponte.plugin.ic.application;

import it.ponte.api.event.DomainEvent;
import it.ponte.api.event.DomainEventTypes;
import it.ponte.api.event.PlacementRecorded;
import it.ponte.api.plugin.DataSubjectContributor;
import it.ponte.api.plugin.DomainEventListener;
import it.ponte.api.plugin.ReportContributor;
import it.ponte.plugin.ic.InnovationCallsPlugin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How the calls plug into the core: placements at funded organisations count as jobs created; the
 * report section (by period) and federated counts; the jobs linked to a person in their export and
 * erasure.
 */
@ApplicationScoped
public class IcExtensions
    implements DomainEventListener, ReportContributor, DataSubjectContributor {

  @Inject IcJobs jobs;

  @Inject IcReports reports;

  @Override
  public String pluginId() {
    return InnovationCallsPlugin.ID;
  }

  @Override
  public void on(DomainEvent event) {
    if (!event.type().equals(DomainEventTypes.PLACEMENT_RECORDED)) {
      return;
    }
    jobs.placed(PlacementRecorded.from(event));
  }

  @Override
  public Section section() {
    return section(null);
  }

  @Override
  public Section section(Period period) {
    List<Figure> figures = new ArrayList<>();
    reports.figures(period).forEach((k, v) -> figures.add(new Figure(k, v)));
    return new Section("Social-innovation calls", figures);
  }

  /** The same figures over all time, euro sums in whole euros. */
  @Override
  public Map<String, Object> export(long candidateId) {
    return Map.of("jobsCounted", jobs.export(candidateId));
  }

  @Override
  public void erase(long candidateId) {
    jobs.erase(candidateId);
  }
}
