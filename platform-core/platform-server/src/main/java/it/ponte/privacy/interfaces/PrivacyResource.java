package it.ponte.privacy.interfaces;

import it.ponte.audit.application.AuditTrail;
import it.ponte.audit.domain.AuditAction;
import it.ponte.audit.domain.AuditEntry;
import it.ponte.candidate.application.CandidateService;
import it.ponte.platform.interfaces.Paging;
import it.ponte.privacy.application.DataSubjectService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A candidate's rights as a data subject, and the trail of who touched their data. */
@ApplicationScoped
@Path("t/{tenant}/candidates/{id}/privacy")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Privacy")
public class PrivacyResource {

  @Inject AuditTrail audit;

  @Inject DataSubjectService subjects;

  @Inject CandidateService candidates;

  @Schema(name = "Erasure", description = "What an erasure did.")
  public record ErasureView(long candidateId, int documentsDeleted, String detail) {}

  @GET
  @Path("export")
  @Operation(
      summary = "Exports everything held about a candidate as JSON (GDPR art. 15 and 20).",
      description =
          "Personal data, lifecycle, consents, interviews, document list, selections, placements"
              + " and enrolments. The export is recorded in the audit trail.")
  public Response export(@PathParam("id") long id) {
    return Response.ok(subjects.export(id))
        .header("Content-Disposition", "attachment; filename=\"candidate-" + id + ".json\"")
        .build();
  }

  @POST
  @Path("erasure")
  @Operation(
      summary = "Erases a candidate on their request (GDPR art. 17).",
      description =
          "Personal fields are anonymised and documents deleted; dates, lifecycle, placement"
              + " types, gender, age band and zone are kept so reports stay true. The person"
              + " then never appears in lists, searches or matches, and reading them answers 404."
              + " The erasure is audited.")
  public ErasureView erase(@PathParam("id") long id) {
    int documents = subjects.erase(id);
    return new ErasureView(id, documents, "Candidate " + id + " was erased.");
  }

  @Schema(
      name = "AuditEntry",
      description = "Who read or changed a candidate's data, and which fields.")
  public record AuditEntryView(
      long id, OffsetDateTime at, String actor, AuditAction action, List<String> fields) {

    static AuditEntryView of(AuditEntry e) {
      return new AuditEntryView(e.id(), e.at(), e.actor(), e.action(), List.copyOf(e.fields()));
    }
  }

  @Schema(name = "AuditPage", description = "A page of audit entries, oldest first.")
  public record AuditPage(List<AuditEntryView> items, long total, int offset, int limit) {}

  @GET
  @Path("audit")
  @Operation(
      summary = "Reads a candidate's audit trail (tenant admins only).",
      description =
          "Every read of the full record and every write of personal data, oldest first. The"
              + " trail cannot be changed through the API, nor in the database (a trigger refuses"
              + " updates and deletes).")
  public AuditPage audit(
      @PathParam("id") long id,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    Paging.check(offset, limit);
    candidates.get(id);
    List<AuditEntryView> items =
        audit.ofCandidate(id, offset, limit).stream().map(AuditEntryView::of).toList();
    return new AuditPage(items, audit.countOfCandidate(id), offset, limit);
  }
}
