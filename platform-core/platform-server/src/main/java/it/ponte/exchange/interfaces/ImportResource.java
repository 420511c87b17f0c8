package it.ponte.exchange.interfaces;

import it.ponte.exchange.application.Imports;
import it.ponte.exchange.domain.ImportError;
import it.ponte.exchange.domain.ImportKind;
import it.ponte.exchange.domain.ImportRun;
import it.ponte.exchange.infrastructure.CsvTable;
import it.ponte.exchange.infrastructure.XlsxTable;
import it.ponte.platform.application.ProblemException;
import it.ponte.platform.interfaces.Paging;
import it.ponte.tenancy.application.CurrentTerritory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Historical imports (tenant-admins): a CSV or Excel file of one kind, checked whole and written
 * whole or not at all, in the background.
 */
@ApplicationScoped
@Path("t/{tenant}/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports", description = "Bringing a territory's history in from CSV or Excel files")
public class ImportResource {

  /** The media type of an Excel workbook. */
  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** The largest file taken: 200 MB, a few hundred thousand rows. */
  public static final long MAX_BYTES = 200L * 1024 * 1024;

  @Inject Imports imports;

  @Inject CurrentTerritory territory;

  @Context UriInfo uriInfo;

  @Schema(name = "ImportError", description = "One thing wrong in a file.")
  public record ErrorView(
      @Schema(description = "The spreadsheet's row number (the header is row 1; 0: the file)")
          int row,
      @Schema(description = "The column's name, as in the header") String column,
      @Schema(
              description =
                  "validation-failed (the API's own checks), invalid-value, unknown-reference,"
                      + " duplicate-key, history, unknown-column, missing-column, unreadable-file,"
                      + " or the API's problem type (company-exists, not-out-of-protocol...)")
          String code,
      String message) {
    static ErrorView of(ImportError e) {
      return new ErrorView(e.row(), e.column(), e.code(), e.message());
    }
  }

  @Schema(name = "Import", description = "An import of one file and what it found.")
  public record ImportView(
      long id,
      @Schema(example = "candidates") String kind,
      boolean dryRun,
      ImportRun.Status status,
      String filename,
      @Schema(description = "Data rows in the file, once read") int rows,
      @Schema(description = "Rows read so far") int processed,
      @Schema(description = "Records the file created (would create, in a dry run)") int created,
      int updated,
      @Schema(description = "Rows that say what the record already says") int unchanged,
      @Schema(description = "All the errors found; `errors` lists the first 1,000") int errorCount,
      List<ErrorView> errors,
      OffsetDateTime createdAt,
      @Schema(description = "Who ran it") String createdBy,
      OffsetDateTime finishedAt) {
    static ImportView of(ImportRun r) {
      return new ImportView(
          r.id(),
          r.kind().slug(),
          r.dryRun(),
          r.status(),
          r.filename(),
          r.rows(),
          r.processed(),
          r.created(),
          r.updated(),
          r.unchanged(),
          r.errorCount(),
          r.errors().stream().map(ErrorView::of).toList(),
          r.createdAt(),
          r.createdBy() == null ? null : r.createdBy().replaceAll(" \\[.*]$", ""),
          r.finishedAt());
    }
  }

  @Schema(name = "ImportPage", description = "A page of imports, newest first.")
  public record ImportPage(List<ImportView> items, long total, int offset, int limit) {}

  @POST
  @Consumes({"text/csv", XLSX})
  @Operation(
      summary = "Imports a file of one kind; answers 202 and runs in the background.",
      description =
          "kind: candidates, interviews, companies, placements, courses, enrolments, follow-ups."
              + " CSV (UTF-8, with or without BOM, comma or semicolon) or Excel (first sheet); one"
              + " header row of the API's field names. All or nothing: any error and nothing is"
              + " written. dryRun=true checks everything and writes nothing. Follow the Location"
              + " for the outcome.")
  public Response start(
      @QueryParam("kind") String kindName,
      @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
      @QueryParam("filename") String filename,
      @HeaderParam("Content-Type") String contentType,
      InputStream body) {
    ImportKind kind =
        ImportKind.of(kindName == null ? "" : kindName)
            .orElseThrow(
                () ->
                    new ProblemException(
                        400,
                        "invalid-parameter",
                        "Invalid parameter",
                        "kind must be one of " + ImportKind.slugs() + "."));
    boolean excel = contentType != null && contentType.startsWith(XLSX);
    java.nio.file.Path file = save(body);
    String name = filename == null || filename.isBlank() ? null : filename.strip();
    if (name != null && name.length() > 200) {
      name = name.substring(0, 200);
    }
    long id = imports.queue(kind, dryRun, name);
    imports.launch(
        id,
        kind,
        dryRun,
        file,
        excel ? XlsxTable::new : f -> new CsvTable(Files.newInputStream(f)),
        territory.descriptor());
    return Response.accepted(ImportView.of(imports.find(id).orElseThrow()))
        .location(uriInfo.getAbsolutePathBuilder().path(String.valueOf(id)).build())
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "An import: its status, progress, figures and errors.")
  public ImportView get(@PathParam("id") long id) {
    return imports
        .find(id)
        .map(ImportView::of)
        .orElseThrow(() -> ProblemException.notFound("Import " + id));
  }

  @GET
  @Operation(summary = "The territory's imports, newest first, with who ran them.")
  public ImportPage list(
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    Paging.check(offset, limit);
    return new ImportPage(
        imports.list(offset, limit).stream().map(ImportView::of).toList(),
        imports.count(),
        offset,
        limit);
  }

  /** The body, copied to a file of its own, at most {@link #MAX_BYTES}. */
  private static java.nio.file.Path save(InputStream body) {
    try {
      java.nio.file.Path file = Files.createTempFile("ponte-import-", ".upload");
      long total = 0;
      try (OutputStream out = Files.newOutputStream(file)) {
        byte[] buffer = new byte[64 * 1024];
        int n;
        while ((n = body.read(buffer)) > 0) {
          total += n;
          if (total > MAX_BYTES) {
            out.close();
            Files.deleteIfExists(file);
            throw new ProblemException(
                413,
                "payload-too-large",
                "File too large",
                "An import file is at most 200 MB: split it into several files.");
          }
          out.write(buffer, 0, n);
        }
      }
      if (total == 0) {
        Files.deleteIfExists(file);
        throw new ProblemException(
            400, "malformed-body", "Empty file", "The body is empty: send the file to import.");
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
