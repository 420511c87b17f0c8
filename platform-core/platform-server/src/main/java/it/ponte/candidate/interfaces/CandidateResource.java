package it.ponte.candidate.interfaces;

import it.ponte.api.tenant.TenantId;
import it.ponte.candidate.application.CandidateService;
import it.ponte.candidate.domain.Candidate;
import it.ponte.candidate.domain.CandidateStatus;
import it.ponte.candidate.domain.EmploymentStatus;
import it.ponte.candidate.domain.IllegalTransitionException;
import it.ponte.candidate.domain.Interview;
import it.ponte.candidate.interfaces.CandidateDtos.AssessmentBody;
import it.ponte.candidate.interfaces.CandidateDtos.CandidatePage;
import it.ponte.candidate.interfaces.CandidateDtos.CandidateView;
import it.ponte.candidate.interfaces.CandidateDtos.InterviewView;
import it.ponte.candidate.interfaces.CandidateDtos.NewCandidate;
import it.ponte.candidate.interfaces.CandidateDtos.NewInterview;
import it.ponte.candidate.interfaces.CandidateDtos.Transition;
import it.ponte.platform.application.ProblemException;
import it.ponte.platform.domain.FieldError;
import it.ponte.platform.interfaces.Paging;
import it.ponte.tenancy.application.TenantContext;
import it.ponte.tenancy.application.TenantDirectory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Candidates (beneficiari) of a territory. Checks that need the territory's configuration (its
 * zones) run here, before the transaction: registry reads never happen inside a tenant transaction,
 * which runs with the tenant's database role only.
 */
@RequestScoped
@Path("t/{tenant}/candidates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Candidates")
public class CandidateResource {

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  @Inject CandidateService candidates;

  @Inject TenantContext tenant;

  @Inject TenantDirectory directory;

  @Context UriInfo uriInfo;

  @GET
  @Operation(summary = "Lists the tenant's candidates, ordered by id, optionally in one status.")
  public CandidatePage list(
      @QueryParam("status") CandidateStatus status,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    Paging.check(offset, limit);
    int sla = territory().firstInterviewSlaDays();
    List<CandidateView> items =
        candidates.list(status, offset, limit).stream().map(c -> CandidateView.of(c, sla)).toList();
    return new CandidatePage(items, candidates.count(status), offset, limit);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Registers a candidate (status REGISTERED).")
  public Response register(@NotNull @Valid NewCandidate body) {
    List<FieldError> errors = new ArrayList<>();
    if (!COUNTRIES.contains(body.citizenship)) {
      errors.add(new FieldError("/citizenship", "is not an ISO 3166-1 country code"));
    }
    if (body.birthDate.isBefore(LocalDate.now().minusYears(100))) {
      errors.add(new FieldError("/birthDate", "is more than 100 years ago"));
    }
    List<String> zones = territory().zones();
    if (body.zone != null && !zones.contains(body.zone)) {
      errors.add(new FieldError("/zone", "is not one of the territory's zones: " + zones));
    }
    if (body.employmentStatus == EmploymentStatus.UNEMPLOYED && body.didDate == null) {
      errors.add(
          new FieldError("/didDate", "is required for an unemployed candidate (date of the DID)"));
    }
    if (!errors.isEmpty()) {
      throw ProblemException.validation(errors);
    }
    Candidate candidate = candidates.register(body.toPersonalData());
    return Response.created(
            uriInfo.getAbsolutePathBuilder().path(String.valueOf(candidate.id())).build())
        .entity(CandidateView.of(candidate, territory().firstInterviewSlaDays()))
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Shows one candidate with the statuses it may move to.")
  public CandidateView get(@PathParam("id") long id) {
    int sla = territory().firstInterviewSlaDays();
    return CandidateView.of(candidates.get(id), sla);
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
    return InterviewView.of(candidates.completeInterview(id, interviewId, body.toAssessment()));
  }

  /** The territory's descriptor, read outside any tenant transaction. */
  private it.ponte.tenancy.domain.TenantDescriptor territory() {
    TenantId id = tenant.tenant();
    return directory
        .findActive(id)
        .map(t -> t.descriptor())
        .orElseThrow(() -> ProblemException.notFound("Tenant " + id));
  }
}
