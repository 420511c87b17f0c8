package it.ponte.reporting.interfaces;

import it.ponte.api.plugin.ReportContributor;
import it.ponte.platform.application.ProblemException;
import it.ponte.platform.domain.FieldError;
import it.ponte.reporting.application.PluginReports;
import it.ponte.reporting.domain.ReportPeriods;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The sections plugins add to the territory's report. */
@ApplicationScoped
@Path("t/{tenant}/reports/plugin-sections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plugins")
public class PluginReportResource {

  @Inject PluginReports reports;

  @Schema(name = "ReportFigure", description = "One figure of a plugin's report section.")
  public record FigureView(String name, Number value) {}

  @Schema(
      name = "PluginReportSection",
      description = "A plugin's section of the territory's report.")
  public record SectionView(String pluginId, String title, List<FigureView> figures) {}

  @GET
  @Operation(
      summary = "The report sections of the plugins enabled here, one per plugin.",
      description =
          "With from and to (YYYY-MM-DD, both included, days in the territory's time zone) plugins"
              + " that report by period give that period's figures; without, all time.")
  public List<SectionView> sections(
      @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
    List<FieldError> errors = ReportPeriods.optional(from, to);
    if (!errors.isEmpty()) {
      throw ProblemException.validation(errors);
    }
    ReportContributor.Period period = from == null ? null : new ReportContributor.Period(from, to);
    return reports.sections(period).stream()
        .map(
            c ->
                new SectionView(
                    c.pluginId(),
                    c.section().title(),
                    c.section().figures().stream()
                        .map(f -> new FigureView(f.name(), f.value()))
                        .toList()))
        .toList();
  }
}
