package it.ponte.candidate.interfaces;

import it.ponte.candidate.application.CandidateService;
import it.ponte.candidate.domain.ConsentPurpose;
import it.ponte.candidate.domain.PendingRegistration;
import it.ponte.platform.interfaces.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The queue of public-form submissions that looked like a person already registered: an operator
 * merges each one into that person's record or keeps it apart as someone new.
 */
@ApplicationScoped
@Path("t/{tenant}/registrations/pending")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Candidates")
public class PendingRegistrationResource {

  @Inject CandidateService candidates;

  /** A queued submission with what it was matched to. */
  @Schema(name = "PendingRegistration")
  public record PendingView(
      long id,
      String receipt,
      OffsetDateTime receivedAt,
      @Schema(description = "PENDING, MERGED or KEPT_APART") String status,
      @Schema(description = "The form as submitted") JsonObject submission,
      String noticeVersion,
      Set<ConsentPurpose> purposes,
      @Schema(description = "The registered person it looked like") long matchedCandidateId,
      @Schema(description = "The record it led to, once reconciled", nullable = true)
          Long candidateId,
      OffsetDateTime decidedAt,
      String decidedBy) {

    static PendingView of(PendingRegistration p) {
      return new PendingView(
          p.id(),
          p.receipt(),
          p.receivedAt(),
          p.status().name(),
          Json.createReader(new StringReader(p.submission())).readObject(),
          p.noticeVersion(),
          p.purposes(),
          p.matchedCandidateId(),
          p.candidateId(),
          p.decidedAt(),
          p.decidedBy());
    }
  }

  /** A page of the queue. */
  @Schema(name = "PendingRegistrationPage")
  public record PendingPage(List<PendingView> items, long total, int offset, int limit) {}

  @GET
  @Transactional
  @Operation(
      summary = "Public-form submissions that looked like someone registered, newest first.",
      description = "status: PENDING (default), MERGED, KEPT_APART or ANY. The read is audited.")
  public PendingPage list(
      @QueryParam("status") @DefaultValue("PENDING") String status,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    Paging.check(offset, limit);
    PendingRegistration.Status s = status(status);
    return new PendingPage(
        candidates.pending(s, offset, limit).stream().map(PendingView::of).toList(),
        candidates.countPending(s),
        offset,
        limit);
  }

  @POST
  @Path("{id}/merge")
  @Transactional
  @Operation(
      summary = "The same person: records the submission's consent on the existing record.",
      description = "Nothing else of the record changes. 409 when already reconciled.")
  public PendingView merge(@PathParam("id") long id) {
    return PendingView.of(candidates.mergePending(id));
  }

  @POST
  @Path("{id}/keep-apart")
  @Transactional
  @Operation(
      summary = "Someone else: makes a new record from the submission, with its consent.",
      description = "409 when already reconciled.")
  public PendingView keepApart(@PathParam("id") long id) {
    PendingRegistration p = candidates.openPending(id);
    PublicRegistrationResource.Registration form =
        PublicRegistrationResource.JSON.fromJson(
            p.submission(), PublicRegistrationResource.Registration.class);
    return PendingView.of(
        candidates.keepPendingApart(id, form.toPersonalData(), form.consent.toConsent()));
  }

  private static PendingRegistration.Status status(String name) {
    if (name.equals("ANY")) {
      return null;
    }
    try {
      return PendingRegistration.Status.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw it.ponte.platform.application.ProblemException.validation(
          List.of(
              new it.ponte.platform.domain.FieldError(
                  "status", "is PENDING, MERGED, KEPT_APART or ANY")));
    }
  }
}
