package it.ponte.reporting.interfaces;

import it.ponte.platform.application.ProblemException;
import it.ponte.platform.domain.FieldError;
import it.ponte.reporting.application.FederatedReports;
import it.ponte.reporting.domain.CountTable;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
          "Core figures per territory or region with totals, plus plugin counts; disclosure-controlled.",
      description =
          "from, to: YYYY-MM-DD, both included, days in each territory's time zone. groupBy: tenant"
              + " (default) or region. Counts from 1 to the threshold minus one are shown as suppressed,"
              + " and so are the further counts that would let anyone compute them. Only territories"
              + " taking part in federation appear. No person, id or free text.")
  public Map<String, Object> report(
      @QueryParam("from") LocalDate from,
      @QueryParam("to") LocalDate to,
      @QueryParam("groupBy") @DefaultValue("tenant") String groupBy) {
    List<FieldError> errors = new ArrayList<>();
    if (from == null) {
      errors.add(new FieldError("from", "is required (YYYY-MM-DD)"));
    }
    if (to == null) {
      errors.add(new FieldError("to", "is required (YYYY-MM-DD)"));
    }
    if (from != null && to != null && to.isBefore(from)) {
      errors.add(new FieldError("to", "must not be before from"));
    }
    if (from != null
        && to != null
        && ChronoUnit.YEARS.between(from, to) >= ActivityReportResource.MAX_YEARS) {
      errors.add(
          new FieldError(
              "to", "a report covers at most " + ActivityReportResource.MAX_YEARS + " years"));
    }
    if (!groupBy.equals("tenant") && !groupBy.equals("region")) {
      errors.add(new FieldError("groupBy", "is tenant or region"));
    }
    if (!errors.isEmpty()) {
      throw ProblemException.validation(errors);
    }
    FederatedReports.Report report = reports.report(from, to, groupBy.equals("region"));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("from", from.toString());
    out.put("to", to.toString());
    out.put("groupBy", report.groupBy());
    out.put("minCount", report.minCount());
    out.put("territories", report.territories());
    out.put("tables", report.tables().stream().map(FederatedReportResource::view).toList());
    return out;
  }

  static Map<String, Object> view(CountTable t) {
    Map<String, Object> table = new LinkedHashMap<>();
    int colon = t.title().indexOf(": ");
    table.put("id", t.title().substring(0, colon));
    table.put("title", t.title().substring(colon + 2));
    table.put("columns", t.columns());
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int r = 0; r < t.rows().size(); r++) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("group", t.rows().get(r));
      List<Object> cells = new ArrayList<>();
      for (int c = 0; c < t.columns().size(); c++) {
        cells.add(t.cellSuppressed(r, c) ? SUPPRESSED : t.cell(r, c));
      }
      row.put("cells", cells);
      if (t.rowTotalsPublished()) {
        row.put("total", t.rowTotalSuppressed(r) ? SUPPRESSED : t.rowTotal(r));
      }
      rows.add(row);
    }
    table.put("rows", rows);
    Map<String, Object> totals = new LinkedHashMap<>();
    List<Object> cells = new ArrayList<>();
    for (int c = 0; c < t.columns().size(); c++) {
      cells.add(t.columnTotalSuppressed(c) ? SUPPRESSED : t.columnTotal(c));
    }
    totals.put("cells", cells);
    if (t.rowTotalsPublished()) {
      totals.put("total", t.grandTotalSuppressed() ? SUPPRESSED : t.grandTotal());
    }
    table.put("totals", totals);
    return table;
  }
}
