package it.ponte.extension.interfaces;

import it.ponte.extension.application.PluginReports;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The sections plugins add to the territory's report. */
@RequestScoped
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
  @Operation(summary = "The report sections of the plugins enabled here, one per plugin.")
  public List<SectionView> sections() {
    return reports.sections().stream()
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
