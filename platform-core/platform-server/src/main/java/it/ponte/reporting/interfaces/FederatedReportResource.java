package it.ponte.reporting.interfaces;

import it.ponte.platform.application.ProblemException;
import it.ponte.platform.domain.FieldError;
import it.ponte.reporting.application.FederatedReports;
import it.ponte.reporting.domain.PublicationPeriod;
import it.ponte.reporting.domain.PublishedTable;
import it.ponte.reporting.domain.ReportPeriods;
import it.ponte.reporting.infrastructure.FederatedPublications;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Federated activity reports across territories, for federation analysts. */
@ApplicationScoped
@Path("federation/reports/activity")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
public class FederatedReportResource {

  /** How a hidden count appears: never as a number. */
  public static final String SUPPRESSED = "suppressed";

  /** Made once: it is thread-safe, and making one looks the provider up. */
  private static final Jsonb JSONB = JsonbBuilder.create();

  @Inject FederatedReports reports;

  @Inject FederatedPublications publications;

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
              + " taking part in federation appear. No person, id or free text. A period's answer"
              + " is computed once and served as published until the territories taking part"
              + " (or their plugins) change, a history import ends, or a platform admin revises"
              + " (DELETE /api/platform/federation/publications?period=...).")
  @APIResponse(
      responseCode = "200",
      description = "The published figures",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.OBJECT)))
  public Response report(
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
    PublicationPeriod published = period.orElseThrow();
    boolean byRegion = groupBy.equals("region");
    String inputs = reports.inputs(byRegion);
    String body =
        publications
            .find(published.label(), groupBy, inputs)
            .orElseGet(
                () -> {
                  String computed = JSONB.toJson(answer(published, byRegion));
                  publications.store(published.label(), groupBy, inputs, computed);
                  return computed;
                });
    return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
  }

  private Map<String, Object> answer(PublicationPeriod period, boolean byRegion) {
    FederatedReports.Report report = reports.report(period, byRegion);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("from", period.from().toString());
    out.put("to", period.to().toString());
    out.put("period", report.period().label());
    out.put("groupBy", report.groupBy());
    out.put("minCount", report.minCount());
    out.put("method", "cell-key");
    out.put("territories", report.territories());
    // When these figures were computed: the same until the next revision.
    out.put(
        "publishedAt",
        java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC)
            .truncatedTo(java.time.temporal.ChronoUnit.MILLIS)
            .toString());
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
