package it.ponte.candidate.interfaces;

import it.ponte.candidate.application.CandidateService;
import it.ponte.candidate.domain.Assessment;
import it.ponte.candidate.domain.Candidate;
import it.ponte.candidate.domain.CandidateFilter;
import it.ponte.candidate.domain.CandidateStatus;
import it.ponte.candidate.domain.Consent;
import it.ponte.candidate.domain.ConsentPurpose;
import it.ponte.candidate.domain.IllegalTransitionException;
import it.ponte.candidate.domain.Interview;
import it.ponte.candidate.interfaces.CandidateDtos.AssessmentBody;
import it.ponte.candidate.interfaces.CandidateDtos.CandidatePage;
import it.ponte.candidate.interfaces.CandidateDtos.CandidateSummary;
import it.ponte.candidate.interfaces.CandidateDtos.CandidateUpdate;
import it.ponte.candidate.interfaces.CandidateDtos.CandidateView;
import it.ponte.candidate.interfaces.CandidateDtos.ConsentBody;
import it.ponte.candidate.interfaces.CandidateDtos.ConsentView;
import it.ponte.candidate.interfaces.CandidateDtos.InterviewView;
import it.ponte.candidate.interfaces.CandidateDtos.NewCandidate;
import it.ponte.candidate.interfaces.CandidateDtos.NewInterview;
import it.ponte.candidate.interfaces.CandidateDtos.Transition;
import it.ponte.platform.application.ProblemException;
import it.ponte.platform.domain.FieldError;
import it.ponte.platform.interfaces.Paging;
import it.ponte.tenancy.application.CurrentTerritory;
import it.ponte.tenancy.domain.TenantDescriptor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Candidates (beneficiari) of a territory. Checks that need the territory's configuration (its
 * zones) run here, before the transaction: registry reads never happen inside a tenant transaction,
 * which runs with the tenant's database role only.
 */
@ApplicationScoped
@Path("t/{tenant}/candidates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Candidates")
public class CandidateResource {

  @Inject CandidateService candidates;

  @Inject CurrentTerritory territory;

  @Context UriInfo uriInfo;

  @GET
  @Operation(
      summary = "Lists the tenant's candidates, ordered by id, with optional filters.",
      description =
          "Filters combine: status, zone, sector (of the current assessment), q (words to find"
              + " in the first or last name) and overdue=true (people still waiting for their first"
              + " interview past the territory's firstInterviewSlaDays). Each list is audited as a list read (who, when, the"
              + " filter, how many people); opening one candidate is audited as a read of it.")
  public CandidatePage list(
      @QueryParam("status") CandidateStatus status,
      @QueryParam("zone") String zone,
      @QueryParam("sector") Assessment.Sector sector,
      @QueryParam("q") String text,
      @QueryParam("overdue") @DefaultValue("false") boolean overdue,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    Paging.check(offset, limit);
    if (text != null && text.length() > 100) {
      throw ProblemException.validation(List.of(new FieldError("/q", "is longer than 100")));
    }
    int sla = territory().firstInterviewSlaDays();
    CandidateFilter filter =
        new CandidateFilter(
            status,
            blankToNull(zone),
            sector,
            blankToNull(text),
            overdue ? java.time.OffsetDateTime.now().minusDays(sla) : null);
    List<CandidateSummary> items =
        candidates.list(filter, offset, limit).stream()
            .map(c -> CandidateSummary.of(c, sla))
            .toList();
    return new CandidatePage(items, candidates.count(filter), offset, limit);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Registers a candidate (status REGISTERED).",
      description = "A consent given to the operator may be recorded at the same time.")
  public Response register(@NotNull @Valid NewCandidate body) {
    List<FieldError> errors = CandidateChecks.check(body, territory());
    if (body.consent != null
        && body.consent.purposes != null
        && !body.consent.purposes.contains(ConsentPurpose.PROGRAMME)) {
      errors.add(new FieldError("/consent/purposes", "must include PROGRAMME"));
    }
    if (!errors.isEmpty()) {
      throw ProblemException.validation(errors);
    }
    Candidate candidate =
        candidates.register(
            body.toPersonalData(),
            body.consent == null ? null : body.consent.toConsent(),
            body.referral,
            body.referral == it.ponte.candidate.domain.ReferralSource.PARTNER
                ? body.referralPartner
                : null);
    return Response.created(
            uriInfo.getAbsolutePathBuilder().path(String.valueOf(candidate.id())).build())
        .entity(CandidateView.of(candidate, territory().firstInterviewSlaDays()))
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(
      summary = "Shows one candidate's full record with the statuses it may move to.",
      description = "The read is recorded in the candidate's audit trail.")
  public CandidateView get(@PathParam("id") long id) {
    int sla = territory().firstInterviewSlaDays();
    return CandidateView.of(candidates.read(id), sla);
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Corrects a candidate's personal data.",
      description =
          "Replaces every personal field. Send the version last read: a stale one answers 409 and"
              + " changes nothing. The changed fields are recorded in the audit trail.")
  public CandidateView update(@PathParam("id") long id, @NotNull @Valid CandidateUpdate body) {
    List<FieldError> errors = CandidateChecks.check(body, territory());
    if (!errors.isEmpty()) {
      throw ProblemException.validation(errors);
    }
    int sla = territory().firstInterviewSlaDays();
    return CandidateView.of(
        candidates.update(
            id,
            body.version,
            body.toPersonalData(),
            body.referral,
            body.referral == it.ponte.candidate.domain.ReferralSource.PARTNER
                ? body.referralPartner
                : null),
        sla);
  }

  @GET
  @Path("{id}/consents")
  @Operation(summary = "Lists the consents a candidate gave, oldest first.")
  public List<ConsentView> consents(@PathParam("id") long id) {
    return candidates.consents(id).stream().map(ConsentView::of).toList();
  }

  @POST
  @Path("{id}/consents")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Records a consent the candidate gave, e.g. to a new notice version.")
  public Response addConsent(@PathParam("id") long id, @NotNull @Valid ConsentBody body) {
    if (!body.purposes.contains(ConsentPurpose.PROGRAMME)) {
      throw ProblemException.validation(
          List.of(new FieldError("/purposes", "must include PROGRAMME")));
    }
    Consent consent = candidates.addConsent(id, body.toConsent());
    return Response.status(Response.Status.CREATED).entity(ConsentView.of(consent)).build();
  }

  /** Purposes whose consent a person withdraws. */
  @Schema(name = "ConsentWithdrawal")
  public static class WithdrawalBody {
    @Schema(required = true, description = "HEALTH_DATA and/or SHARING_WITH_COMPANIES")
    @NotNull
    public java.util.Set<ConsentPurpose> purposes;
  }

  /** A recorded withdrawal. */
  @Schema(name = "ConsentWithdrawalRecord")
  public record WithdrawalView(
      long id,
      java.util.Set<ConsentPurpose> purposes,
      java.time.OffsetDateTime at,
      String recordedBy) {}

  /** What a person consents to now. */
  @Schema(name = "ActiveConsent")
  public record ActiveConsentView(java.util.Set<ConsentPurpose> purposes) {}

  @GET
  @Path("{id}/consents/withdrawals")
  @Operation(summary = "Lists a candidate's withdrawals of consent, oldest first.")
  public List<WithdrawalView> withdrawals(@PathParam("id") long id) {
    return candidates.withdrawals(id).stream()
        .map(w -> new WithdrawalView(w.id(), w.purposes(), w.at(), w.recordedBy()))
        .toList();
  }

  @POST
  @Path("{id}/consents/withdrawals")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Records that the person withdraws consent, and applies it.",
      description =
          "HEALTH_DATA: the health difficulty is removed from the record. SHARING_WITH_COMPANIES:"
              + " no CV is sent to companies any more (selections cannot move to CV_SENT)."
              + " PROGRAMME cannot be withdrawn here (leaving the programme, or erasure). Audited."
              + " Answers the purposes still consented to.")
  public ActiveConsentView withdraw(@PathParam("id") long id, @NotNull @Valid WithdrawalBody body) {
    return new ActiveConsentView(candidates.withdrawConsent(id, body.purposes));
  }

  @POST
  @Path("{id}/transitions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Moves a candidate along its lifecycle.",
      description =
          "REGISTERED -> ASSESSED -> IN_PROTOCOL -> PLACED; any of them -> OUT_OF_PROTOCOL (with a"
              + " reason) -> READMITTED. A move the current status does not allow answers 409 and"
              + " names the allowed ones.")
  public CandidateView move(@PathParam("id") long id, @NotNull @Valid Transition body) {
    try {
      int sla = territory().firstInterviewSlaDays();
      return CandidateView.of(candidates.move(id, body.version, body.to, body.reason), sla);
    } catch (IllegalTransitionException e) {
      throw ProblemException.conflict(
          "illegal-transition",
          "A candidate "
              + e.from()
              + " cannot become "
              + e.to()
              + ". Allowed now: "
              + e.allowed()
              + ".");
    } catch (IllegalArgumentException e) {
      throw ProblemException.validation(List.of(new FieldError("/reason", e.getMessage())));
    }
  }

  @GET
  @Path("{id}/interviews")
  @Operation(summary = "Lists a candidate's interviews, by scheduled time.")
  public List<InterviewView> interviews(@PathParam("id") long id) {
    return candidates.interviews(id).stream().map(InterviewView::of).toList();
  }

  @POST
  @Path("{id}/interviews")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Schedules an interview with the candidate.")
  public Response scheduleInterview(@PathParam("id") long id, @NotNull @Valid NewInterview body) {
    Interview interview = candidates.scheduleInterview(id, body.scheduledAt);
    return Response.created(
            uriInfo.getAbsolutePathBuilder().path(String.valueOf(interview.id())).build())
        .entity(InterviewView.of(interview))
        .build();
  }

  @POST
  @Path("{id}/interviews/{interviewId}/assessment")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Records the interview's assessment (esito del colloquio).",
      description =
          "The first completed interview sets the candidate's first-interview date and moves a"
              + " REGISTERED or READMITTED candidate to ASSESSED. An interview is assessed once (409 after).")
  public InterviewView assess(
      @PathParam("id") long id,
      @PathParam("interviewId") long interviewId,
      @NotNull @Valid AssessmentBody body) {
    if (body.employability != null && !territory().scales().containsKey("employability")) {
      throw ProblemException.validation(
          List.of(
              new FieldError(
                  "/employability",
                  "this territory has no employability scale (scales.employability in its"
                      + " descriptor), so it records none")));
    }
    return InterviewView.of(candidates.completeInterview(id, interviewId, body.toAssessment()));
  }

  @POST
  @Path("{id}/interviews/{interviewId}/no-show")
  @Operation(
      summary = "Records that the person did not come to the interview.",
      description =
          "409 when the interview was completed or already missed. Missed interviews are the"
              + " evidence a move out of the protocol as NOT_COLLABORATING rests on.")
  public InterviewView noShow(
      @PathParam("id") long id, @PathParam("interviewId") long interviewId) {
    return InterviewView.of(candidates.missInterview(id, interviewId));
  }

  /** The territory's descriptor, read outside any tenant transaction. */
  private TenantDescriptor territory() {
    return territory.descriptor();
  }
}
