package it.ponte.plugin.ic.interfaces;

import it.ponte.api.plugin.Permission;
import it.ponte.api.plugin.TenantRole;
import it.ponte.plugin.ic.application.ApplicationBook;
import it.ponte.plugin.ic.application.ApplicationService;
import it.ponte.plugin.ic.application.CommitteeRelations;
import it.ponte.plugin.ic.application.CommitteeService;
import it.ponte.plugin.ic.application.FundingService;
import it.ponte.plugin.ic.application.IcRefusal;
import it.ponte.plugin.ic.domain.Application;
import it.ponte.plugin.ic.domain.Status;
import it.ponte.plugin.ic.domain.Submission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An application's lifecycle: eligibility, accompaniment, committee, funding, monitoring. About 300
 * lines because each operation keeps its OpenAPI text, its permission and relations, and its
 * request DTO beside it; the logic is in the application services.
 */
@ApplicationScoped
@Path("t/{tenant}/plugins/innovation-calls/applications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Social-innovation calls")
public class ApplicationResource {

  @Inject ApplicationService applicationService;

  @Inject ApplicationBook book;

  @Inject CommitteeService committee;

  @Inject FundingService funding;

  /** An application as submitted. */
  @Schema(name = "IcNewApplication")
  public static class NewApplication {
    @Schema(required = true)
    @NotBlank
    @Size(max = 200)
    public String organisation;

    @Schema(
        required = true,
        description = "Codice fiscale / partita IVA of the organisation (11 digits)")
    @NotBlank
    public String taxCode;

    @Schema(required = true, description = "One of the call's applicant types, e.g. THIRD_SECTOR")
    @NotBlank
    public String applicantType;

    @Schema(description = "The organisation's seat is in the territory")
    public boolean seatInTerritory;

    @Schema(required = true)
    @NotBlank
    @Size(max = 4000)
    public String summary;

    @NotNull
    @DecimalMin("0")
    @Digits(integer = 12, fraction = 2)
    public BigDecimal investment = BigDecimal.ZERO;

    @NotNull
    @DecimalMin("0")
    @Digits(integer = 12, fraction = 2)
    public BigDecimal consultancy = BigDecimal.ZERO;

    @Schema(description = "A welfare project (one cap for the whole grant)")
    public boolean welfare;

    @Min(0)
    @Max(1000)
    public int expectedJobs;

    @Size(max = 2000)
    public String partners;

    Submission toSubmission() {
      return new Submission(
          organisation.strip(),
          taxCode.strip(),
          applicantType,
          seatInTerritory,
          summary,
          investment,
          consultancy,
          welfare,
          expectedJobs,
          partners);
    }
  }

  /** A move along the lifecycle. */
  @Schema(name = "IcTransition")
  public static class Move {
    @Schema(required = true, description = "PITCH, EVALUATION, WITHDRAWN or CONCLUDED")
    @NotNull
    public Status to;

    @Size(max = 2000)
    public String note;
  }

  /** A workshop of the accompaniment. */
  @Schema(name = "IcWorkshop")
  public static class NewWorkshop {
    @NotNull public LocalDate heldOn;

    @NotBlank
    @Size(max = 200)
    public String topic;

    public boolean attended;
  }

  /** A conflict of interest the calling member declares. */
  @Schema(name = "IcConflict")
  public static class Conflict {
    @NotBlank
    @Size(max = 1000)
    public String reason;
  }

  /** The calling member's scores, by criterion code. */
  @Schema(name = "IcScores")
  public static class Scores {
    @NotEmpty public Map<String, Integer> scores;
  }

  /** The committee's decision. */
  @Schema(name = "IcDecision")
  public static class Decision {
    @Schema(required = true, description = "SELECTED, REJECTED or STAND_BY")
    @NotNull
    public Status outcome;

    @Schema(required = true, description = "The minutes of the committee")
    @NotBlank
    @Size(max = 8000)
    public String minutes;
  }

  /** An amount of money. */
  @Schema(name = "IcAmount")
  public static class Amount {
    @NotNull
    @DecimalMin(value = "0", inclusive = false)
    @Digits(integer = 12, fraction = 2)
    public BigDecimal amount;

    @Schema(description = "For disbursements: the day paid")
    public LocalDate onDate;
  }

  /** A referral to microcredit. */
  @Schema(name = "IcReferral")
  public static class Referral {
    @NotNull public Long fundId;

    @NotNull
    @DecimalMin(value = "0", inclusive = false)
    @Digits(integer = 12, fraction = 2)
    public BigDecimal amount;

    @NotNull
    @Min(1)
    @Max(360)
    public Integer months;
  }

  @Permission(role = TenantRole.VIEWER)
  @GET
  @Path("{id}")
  @Operation(summary = "An application with its history (who and when) and workshops.")
  public Map<String, Object> get(@PathParam("id") long id) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("application", book.application(id));
    view.put("history", book.history(id));
    view.put("workshops", applicationService.workshops(id));
    return view;
  }

  @Permission(role = TenantRole.OPERATOR)
  @POST
  @Path("{id}/eligibility-check")
  @Operation(
      summary =
          "Checks eligibility: ACCOMPANIMENT, or INELIGIBLE with every reason in the history.")
  public Application checkEligibility(@PathParam("id") long id) {
    return applicationService.checkEligibility(id);
  }

  @Permission(role = TenantRole.OPERATOR)
  @POST
  @Path("{id}/transitions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Moves to PITCH, EVALUATION, WITHDRAWN or CONCLUDED (409 when not allowed).")
  public Application move(@PathParam("id") long id, @NotNull @Valid Move body) {
    return applicationService.advance(id, body.to, body.note);
  }

  @Permission(role = TenantRole.OPERATOR)
  @POST
  @Path("{id}/workshops")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Records a workshop of the accompaniment, with attendance.")
  public Response workshop(@PathParam("id") long id, @NotNull @Valid NewWorkshop body) {
    return Response.status(Response.Status.CREATED)
        .entity(applicationService.workshop(id, body.heldOn, body.topic.strip(), body.attended))
        .build();
  }

  @Permission(role = TenantRole.OPERATOR, relations = CommitteeRelations.MEMBER)
  @POST
  @Path("{id}/conflicts")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "The calling committee member declares a conflict of interest; they cannot score it.")
  public Response conflict(@PathParam("id") long id, @NotNull @Valid Conflict body) {
    committee.declareConflict(id, body.reason.strip());
    return Response.noContent().build();
  }

  @Permission(role = TenantRole.OPERATOR, relations = CommitteeRelations.MEMBER_WITHOUT_CONFLICT)
  @PUT
  @Path("{id}/scores")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "The calling committee member's scores of every criterion.",
      description =
          "403 ic-conflict-of-interest for a member who declared one; 403 ic-not-a-member.")
  public Application score(@PathParam("id") long id, @NotNull @Valid Scores body) {
    return committee.score(id, body.scores);
  }

  @Permission(role = TenantRole.OPERATOR, relations = CommitteeRelations.MEMBER_WITHOUT_CONFLICT)
  @POST
  @Path("{id}/decision")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Records the committee's decision with its minutes.")
  public Application decide(@PathParam("id") long id, @NotNull @Valid Decision body) {
    return committee.decide(id, body.outcome, body.minutes);
  }

  @Permission(role = TenantRole.ADMIN)
  @POST
  @Path("{id}/funding")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Approves funding: within the request, the project cap and the call's budget left.",
      description = "Approvals of one call are serialised: the budget is never exceeded.")
  public Application fund(@PathParam("id") long id, @NotNull @Valid Amount body) {
    return funding.approveFunding(id, body.amount);
  }

  @Permission(role = TenantRole.ADMIN)
  @POST
  @Path("{id}/disbursements")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Records a tranche paid; never more than approved in all.")
  public Application disburse(@PathParam("id") long id, @NotNull @Valid Amount body) {
    if (body.onDate == null) {
      throw new IcRefusal(422, "disbursement-refused", "onDate is required.", java.util.List.of());
    }
    return funding.disburse(id, body.amount, body.onDate);
  }

  @Permission(role = TenantRole.OPERATOR)
  @POST
  @Path("{id}/microcredit-referral")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Refers a selected project to microcredit (when enabled here).",
      description = "Returns the loan application to POST to /plugins/microcredit/loans.")
  public Map<String, Object> refer(@PathParam("id") long id, @NotNull @Valid Referral body) {
    return funding.referToMicrocredit(id, body.fundId, body.amount, body.months);
  }
}
