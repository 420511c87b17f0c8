package it.ponte.plugin.dul.application;

import it.ponte.api.event.DomainEvent;
import it.ponte.api.event.DomainEventTypes;
import it.ponte.api.event.PlacementRecorded;
import it.ponte.api.plugin.DataSubjectContributor;
import it.ponte.api.plugin.DomainEventListener;
import it.ponte.api.plugin.ReportContributor;
import it.ponte.plugin.dul.DoteUnicaLavoroPlugin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How Dote Unica Lavoro plugs into the core: placements become result claims, and the plugin adds
 * its report section, federated counts and a person's doti to their export and erasure.
 */
@ApplicationScoped
public class DulExtensions
    implements DomainEventListener, ReportContributor, DataSubjectContributor {

  @Inject DoteService doti;

  @Inject DeliveryService deliveries;

  @Inject ClaimService claims;

  @Inject DulReports reports;

  @Inject DulPrivacy privacy;

  @Override
  public String pluginId() {
    return DoteUnicaLavoroPlugin.ID;
  }

  @Override
  public void on(DomainEvent event) {
    if (!event.type().equals(DomainEventTypes.PLACEMENT_RECORDED)) {
      return;
    }
    claims.placed(PlacementRecorded.from(event));
  }

  @Override
  public Section section() {
    return section(null);
  }

  /** The section for a period: flows by the date of their event, stocks at its end. */
  @Override
  public Section section(Period period) {
    LocalDate from = period == null ? null : period.from();
    LocalDate to = period == null ? null : period.to();
    List<Figure> figures = new java.util.ArrayList<>();
    reports.counts(from, to).forEach((k, v) -> figures.add(new Figure("doti " + k, v)));
    reports.figures(from, to).forEach((k, v) -> figures.add(new Figure(k, v)));
    return new Section("Dote Unica Lavoro", figures);
  }

  @Override
  public Map<String, Object> export(long candidateId) {
    Map<String, Object> out = new LinkedHashMap<>();
    List<Object> held =
        doti.doti(candidateId).stream()
            .map(
                d -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("dote", d.toString());
                  m.put("pip", deliveries.pip(d.id()).toString());
                  m.put("claims", claims.claims(d.id()).toString());
                  return (Object) m;
                })
            .toList();
    out.put("doti", held);
    return out;
  }

  @Override
  public void erase(long candidateId) {
    privacy.erase(candidateId);
  }
}
