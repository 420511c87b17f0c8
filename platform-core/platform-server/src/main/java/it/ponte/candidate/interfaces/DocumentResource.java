package it.ponte.candidate.interfaces;

import it.ponte.candidate.application.CandidateService;
import it.ponte.candidate.domain.Document;
import it.ponte.platform.application.ProblemException;
import it.ponte.platform.domain.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A candidate's documents: CV and identity document. */
@ApplicationScoped
@Path("t/{tenant}/candidates/{id}/documents")
@Tag(name = "Candidates")
public class DocumentResource {

  @Inject CandidateService candidates;

  @Context UriInfo uriInfo;

  @Schema(name = "Document", description = "A candidate's document, without its content.")
  public record DocumentView(
      long id,
      Document.Kind kind,
      String filename,
      @Schema(description = "Recognised from the content") String contentType,
      int sizeBytes,
      String sha256,
      OffsetDateTime uploadedAt) {

    static DocumentView of(Document d) {
      return new DocumentView(
          d.id(),
          d.kind(),
          d.filename(),
          d.contentType(),
          d.sizeBytes(),
          d.sha256(),
          d.uploadedAt());
    }
  }

  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Uploads a document: the request body is the file.",
      description =
          "PDF, DOCX or ODT, at most 5 MB. The format is recognised from the content: a file that"
              + " is none of them answers 415 whatever its name or Content-Type; a larger one 413.")
  public Response upload(
      @PathParam("id") long id,
      @QueryParam("kind") Document.Kind kind,
      @QueryParam("filename") String filename,
      InputStream body) {
    if (kind == null) {
      throw ProblemException.validation(List.of(new FieldError("/kind", "is required: CV or ID")));
    }
    String name = filename == null || filename.isBlank() ? kind.name().toLowerCase() : filename;
    if (name.length() > 200 || name.contains("/") || name.contains("\\")) {
      throw ProblemException.validation(
          List.of(new FieldError("/filename", "must be a plain file name of at most 200 chars")));
    }
    byte[] content = read(body);
    if (content.length == 0) {
      throw ProblemException.validation(List.of(new FieldError("", "the document is empty")));
    }
    Document document = candidates.upload(id, kind, name.strip(), content);
    return Response.created(
            uriInfo.getAbsolutePathBuilder().path(String.valueOf(document.id())).build())
        .type(MediaType.APPLICATION_JSON)
        .entity(DocumentView.of(document))
        .build();
  }

  private static byte[] read(InputStream body) {
    try (InputStream in = body) {
      byte[] content = in.readNBytes(Document.MAX_BYTES + 1);
      if (content.length > Document.MAX_BYTES) {
        throw new ProblemException(
            413,
            "document-too-large",
            "Document too large",
            "A document is at most 5 MB (" + Document.MAX_BYTES + " bytes).");
      }
      return content;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Lists a candidate's documents.")
  public List<DocumentView> list(@PathParam("id") long id) {
    return candidates.documents(id).stream().map(DocumentView::of).toList();
  }

  @GET
  @Path("{documentId}")
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "Downloads a document, with the type recognised at upload.")
  public Response download(@PathParam("id") long id, @PathParam("documentId") long documentId) {
    Document d = candidates.download(id, documentId);
    String safe = d.filename().replaceAll("[^A-Za-z0-9._ -]", "_");
    return Response.ok(d.content(), d.contentType())
        .header(
            "Content-Disposition",
            "attachment; filename=\""
                + safe
                + "\"; filename*=UTF-8''"
                + java.net.URLEncoder.encode(d.filename(), StandardCharsets.UTF_8)
                    .replace("+", "%20"))
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  @DELETE
  @Path("{documentId}")
  @Operation(summary = "Deletes a document.")
  public Response delete(@PathParam("id") long id, @PathParam("documentId") long documentId) {
    candidates.deleteDocument(id, documentId);
    return Response.noContent().build();
  }
}
