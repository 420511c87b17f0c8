package it.ponte.reporting.interfaces;

import it.ponte.platform.application.ProblemException;
import it.ponte.platform.domain.FieldError;
import it.ponte.reporting.application.FederatedReports;
import it.ponte.reporting.domain.PublicationPeriod;
import it.ponte.reporting.domain.PublishedTable;
import it.ponte.reporting.domain.ReportPeriods;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Federated activity reports across territories, for federation analysts. */
@RequestScoped
@Path("federation/reports/activity")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
public class FederatedReportResource {

  /** How a hidden count appears: never as a number. */
  public static final String SUPPRESSED = "suppressed";

  @Inject FederatedReports reports;

  @GET
  @Operation(
      summary =
          "Core figures per territory or region with totals, plus plugin figures, for one closed"
              + " calendar month, quarter or year; disclosure-controlled by the cell-key method.",
      description =
          "from, to: YYYY-MM-DD, both included, days in each territory's time zone; together they"
              + " must be one calendar month, quarter or year that is over. groupBy: tenant"
              + " (default) or region. Every figure (cells and totals) is perturbed by a few units"
              + " drawn from the records behind it, so totals need not add up; counts under the"
              + " threshold and dominated euro sums are shown as suppressed. Only territories"
              + " taking part in federation appear. No person, id or free text.")
  public Map<String, Object> report(
      @QueryParam("from") LocalDate from,
      @QueryParam("to") LocalDate to,
      @QueryParam("groupBy") @DefaultValue("tenant") String groupBy) {
    List<FieldError> errors = ReportPeriods.required(from, to);
    Optional<PublicationPeriod> period = Optional.empty();
    if (errors.isEmpty()) {
      period = PublicationPeriod.of(from, to);
      if (period.isEmpty()) {
        errors.add(
            new FieldError(
                "to",
                "federated reports cover one calendar month, quarter or year: from is its first"
                    + " day and to its last"));
      } else if (!period.get().closedOn(reports.today())) {
        errors.add(
            new FieldError(
                "to", "the period is not over yet: federated reports cover closed periods only"));
      }
    }
    if (!groupBy.equals("tenant") && !groupBy.equals("region")) {
      errors.add(new FieldError("groupBy", "is tenant or region"));
    }
    if (!errors.isEmpty()) {
      throw ProblemException.validation(errors);
    }
    FederatedReports.Report report = reports.report(period.orElseThrow(), groupBy.equals("region"));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("from", from.toString());
    out.put("to", to.toString());
    out.put("period", report.period().label());
    out.put("groupBy", report.groupBy());
    out.put("minCount", report.minCount());
    out.put("method", "cell-key");
    out.put("territories", report.territories());
    out.put("tables", report.tables().stream().map(FederatedReportResource::view).toList());
    return out;
  }

  static Map<String, Object> view(PublishedTable t) {
    Map<String, Object> table = new LinkedHashMap<>();
    table.put("id", t.id());
    table.put("title", t.title());
    table.put("columns", t.columns());
    List<Map<String, Object>> rows = new ArrayList<>();
    for (PublishedTable.Row r : t.rows()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("group", r.group());
      row.put("cells", r.cells().stream().map(FederatedReportResource::shown).toList());
      if (t.rowTotalsPublished()) {
        row.put("total", shown(r.total()));
      }
      rows.add(row);
    }
    table.put("rows", rows);
    Map<String, Object> totals = new LinkedHashMap<>();
    totals.put("cells", t.totals().cells().stream().map(FederatedReportResource::shown).toList());
    if (t.rowTotalsPublished()) {
      totals.put("total", shown(t.totals().total()));
    }
    table.put("totals", totals);
    return table;
  }

  private static Object shown(Long value) {
    return value == null ? SUPPRESSED : value;
  }
}
