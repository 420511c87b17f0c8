package it.ponte.plugin.mc.application;

import it.ponte.api.event.DomainEvent;
import it.ponte.api.event.DomainEventTypes;
import it.ponte.api.event.PlacementRecorded;
import it.ponte.api.plugin.DataSubjectContributor;
import it.ponte.api.plugin.DomainEventListener;
import it.ponte.api.plugin.ReportContributor;
import it.ponte.api.plugin.ScheduledTask;
import it.ponte.plugin.mc.MicrocreditPlugin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How microcredit plugs into the core: placements that are jobs created by business loans, the
 * portfolio section of tenant reports, its counts and sums for federated reports, a borrower's
 * loans in their export and erasure, and the daily move of loans in arrears past the threshold to
 * DEFAULTED.
 */
@ApplicationScoped
public class McExtensions
    implements DomainEventListener, ReportContributor, DataSubjectContributor, ScheduledTask {

  @Inject McJobs jobs;

  @Inject McReports reports;

  @Inject McPrivacy privacy;

  @Inject RepaymentService repayments;

  @Override
  public String pluginId() {
    return MicrocreditPlugin.ID;
  }

  /** A placement recorded in the core may be a job a business loan created. */
  @Override
  public void on(DomainEvent event) {
    if (!event.type().equals(DomainEventTypes.PLACEMENT_RECORDED)) {
      return;
    }
    jobs.placed(PlacementRecorded.from(event));
  }

  /** The portfolio now: all-time flows, loans by status, arrears. */
  @Override
  public Section section() {
    List<Figure> figures = new ArrayList<>();
    reports.figures().forEach((k, v) -> figures.add(new Figure(k, v)));
    return new Section("Microcredit", figures);
  }

  /** A period: flows by the date of their event, the portfolio at its last day. */
  @Override
  public Section section(Period period) {
    if (period == null) {
      return section();
    }
    List<Figure> figures = new ArrayList<>();
    reports.figures(period.from(), period.to()).forEach((k, v) -> figures.add(new Figure(k, v)));
    return new Section("Microcredit", figures);
  }

  /** The same figures, euro sums in whole euros (federated metrics are counts). */
  @Override
  public Map<String, Object> export(long candidateId) {
    return Map.of("loans", privacy.export(candidateId), "jobsCounted", jobs.jobsOf(candidateId));
  }

  @Override
  public void erase(long candidateId) {
    privacy.erase(candidateId);
  }

  @Override
  public void run() {
    repayments.markDefaults();
  }
}
