package it.ponte.reporting.interfaces;

import it.ponte.api.plugin.ReportContributor;
import it.ponte.platform.application.ProblemException;
import it.ponte.platform.domain.FieldError;
import it.ponte.reporting.application.ActivityReports;
import it.ponte.reporting.application.PluginReports;
import it.ponte.reporting.domain.ReportPeriods;
import it.ponte.reporting.domain.ReportTable;
import it.ponte.tenancy.application.CurrentTerritory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The territory's activity report for a period, as JSON or CSV. */
@ApplicationScoped
@Path("t/{tenant}/reports/activity")
@Tag(name = "Reports")
public class ActivityReportResource {

  /** The longest period one report covers. */
  @Inject ActivityReports reports;

  @Inject PluginReports plugins;

  @Inject CurrentTerritory territory;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "The activity report of a period (from, to: YYYY-MM-DD, both included).",
      description =
          "Every figure of the tenant report, each a table with its definition as title;"
              + " percentages come with numerator and denominator. Days and months are in the"
              + " territory's time zone. Plus a section from each enabled plugin, for the same"
              + " period. Accept: text/csv gives the same tables as CSV.")
  public Map<String, Object> json(
      @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
    check(from, to);
    ZoneId zone = ZoneId.of(territory.descriptor().timeZone());
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("tenant", territory.descriptor().id().value());
    report.put("from", from.toString());
    report.put("to", to.toString());
    report.put("timeZone", zone.getId());
    report.put(
        "tables", reports.tables(from, to, zone, territory.descriptor().firstInterviewSlaDays()));
    List<Map<String, Object>> sections = new ArrayList<>();
    for (PluginReports.Contributed c : plugins.sections(new ReportContributor.Period(from, to))) {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("pluginId", c.pluginId());
      s.put("title", c.section().title());
      s.put(
          "figures",
          c.section().figures().stream().map(f -> List.of(f.name(), f.value())).toList());
      sections.add(s);
    }
    report.put("plugins", sections);
    return report;
  }

  @GET
  // Second choice: a request without an Accept header gets JSON, as documented.
  @Produces("text/csv; qs=0.5")
  @Operation(
      summary = "The same report as CSV: one table per section, each after a '# id: title' line.")
  public String csv(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
    check(from, to);
    ZoneId zone = ZoneId.of(territory.descriptor().timeZone());
    StringBuilder out = new StringBuilder();
    for (ReportTable t :
        reports.tables(from, to, zone, territory.descriptor().firstInterviewSlaDays())) {
      out.append(t.csv()).append("\r\n");
    }
    for (PluginReports.Contributed c : plugins.sections(new ReportContributor.Period(from, to))) {
      List<List<Object>> rows = new ArrayList<>();
      c.section().figures().forEach(f -> rows.add(List.of(f.name(), f.value())));
      out.append(
              new ReportTable(
                      "plugin:" + c.pluginId(),
                      c.section().title(),
                      List.of("figure", "value"),
                      rows)
                  .csv())
          .append("\r\n");
    }
    return out.toString();
  }

  private static void check(LocalDate from, LocalDate to) {
    List<FieldError> errors = ReportPeriods.bounded(from, to);
    if (!errors.isEmpty()) {
      throw ProblemException.validation(errors);
    }
  }
}
