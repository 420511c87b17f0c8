package it.ponte.exchange.interfaces;

import it.ponte.exchange.application.TerritoryExport;
import it.ponte.tenancy.application.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The territory's whole data, to take away (tenant-admins; also while suspended). */
@ApplicationScoped
@Path("t/{tenant}/export")
@Tag(name = "Imports")
public class ExportResource {

  @Inject TerritoryExport export;

  @Inject TenantContext context;

  @GET
  @Produces("application/zip")
  @Operation(
      summary = "Exports the territory's data as a ZIP, streamed.",
      description =
          "One CSV per kind in exactly the import's format (candidates, interviews, companies,"
              + " placements, courses, enrolments, follow-ups), documents/, each enabled plugin's"
              + " tables under plugins/<id>/, and manifest.json (the descriptor, the schema's"
              + " changesets, the count of each file). Audited.")
  public Response export() {
    StreamingOutput body = export::write;
    return Response.ok(body, "application/zip")
        .header(
            "Content-Disposition",
            "attachment; filename=\""
                + context.tenant().value()
                + "-export-"
                + LocalDate.now()
                + ".zip\"")
        .build();
  }
}
