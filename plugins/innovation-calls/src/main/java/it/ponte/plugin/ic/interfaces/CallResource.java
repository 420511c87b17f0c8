package it.ponte.plugin.ic.interfaces;

import it.ponte.api.plugin.Permission;
import it.ponte.api.plugin.TenantRole;
import it.ponte.plugin.ic.application.ApplicationBook;
import it.ponte.plugin.ic.application.ApplicationService;
import it.ponte.plugin.ic.application.CallService;
import it.ponte.plugin.ic.application.CommitteeService;
import it.ponte.plugin.ic.domain.Application;
import it.ponte.plugin.ic.domain.Call;
import it.ponte.plugin.ic.domain.Scoring;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Calls, their committee, the applications they received and the ranking. */
@ApplicationScoped
@Path("t/{tenant}/plugins/innovation-calls/calls")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Social-innovation calls")
public class CallResource {

  @Inject ApplicationService applicationService;

  @Inject ApplicationBook book;

  @Inject CallService calls;

  @Inject CommitteeService committee;

  /** A weighted criterion. */
  @Schema(name = "IcCriterion")
  public static class Criterion {
    @NotBlank
    @Size(max = 40)
    public String code;

    @NotBlank
    @Size(max = 200)
    public String name;

    @NotNull
    @DecimalMin(value = "0", inclusive = false)
    public BigDecimal weight;

    @NotNull
    @Min(1)
    @Max(100)
    public Integer maxScore;
  }

  /** A call to open. Fields left out take the territory's configured defaults. */
  @Schema(name = "IcNewCall")
  public static class NewCall {
    @Schema(required = true)
    @NotBlank
    @Size(max = 200)
    public String title;

    @Schema(required = true)
    @NotNull
    @DecimalMin("0")
    @Digits(integer = 12, fraction = 2)
    public BigDecimal budget;

    @Schema(
        required = true,
        description = "Local time in the territory",
        example = "2026-03-01T09:00")
    @NotNull
    public LocalDateTime opensAt;

    @Schema(
        required = true,
        description = "Local time in the territory; submissions at or after it are refused")
    @NotNull
    public LocalDateTime closesAt;

    public List<String> applicantTypes;
    public Boolean seatInTerritoryRequired;

    @DecimalMin("0")
    public BigDecimal investmentCap;

    @DecimalMin("0")
    public BigDecimal consultancyCap;

    @DecimalMin("0")
    public BigDecimal welfareCap;

    @DecimalMin("0")
    @DecimalMax("100")
    public BigDecimal passMark;

    @Min(1)
    @Max(12)
    public Integer accompanimentMonths;

    public List<String> priorities;

    @Valid public List<Criterion> criteria;
  }

  /** A committee member. */
  @Schema(name = "IcMember")
  public static class Member {
    @Schema(required = true, description = "A platform user's username")
    @NotBlank
    @Size(max = 100)
    public String username;
  }

  @Permission(role = TenantRole.VIEWER)
  @GET
  @Operation(summary = "Lists the calls, newest first, with budget approved and left.")
  public List<Call> list() {
    return calls.calls();
  }

  @Permission(role = TenantRole.ADMIN)
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Opens a call.")
  public Response create(@NotNull @Valid NewCall body) {
    List<Scoring.Criterion> criteria =
        body.criteria == null
            ? null
            : body.criteria.stream()
                .map(c -> new Scoring.Criterion(c.code, c.name, c.weight, c.maxScore))
                .toList();
    return Response.status(Response.Status.CREATED)
        .entity(
            calls.createCall(
                new it.ponte.plugin.ic.domain.NewCall(
                    body.title.strip(),
                    body.budget,
                    body.opensAt,
                    body.closesAt,
                    body.applicantTypes,
                    body.seatInTerritoryRequired,
                    body.investmentCap,
                    body.consultancyCap,
                    body.welfareCap,
                    body.passMark,
                    body.accompanimentMonths,
                    body.priorities,
                    criteria)))
        .build();
  }

  @Permission(role = TenantRole.VIEWER)
  @GET
  @Path("{id}")
  @Operation(summary = "One call.")
  public Call get(@PathParam("id") long id) {
    return calls.call(id);
  }

  @Permission(role = TenantRole.ADMIN)
  @POST
  @Path("{id}/committee")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Adds a platform user to the call's evaluation committee.")
  public Call addMember(@PathParam("id") long id, @NotNull @Valid Member body) {
    return calls.addMember(id, body.username.strip());
  }

  @Permission(role = TenantRole.VIEWER)
  @GET
  @Path("{id}/applications")
  @Operation(summary = "The call's applications in submission order.")
  public List<Application> applications(@PathParam("id") long id) {
    return book.applications(id);
  }

  @Permission(role = TenantRole.OPERATOR)
  @POST
  @Path("{id}/applications")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Submits an application.",
      description =
          "Refused (422 ic-call-closed) before the call opens and from its close, in the"
              + " territory's time zone; 409 if the organisation already applied to this call.")
  public Response submit(
      @PathParam("id") long id, @NotNull @Valid ApplicationResource.NewApplication body) {
    return Response.status(Response.Status.CREATED)
        .entity(applicationService.submit(id, body.toSubmission()))
        .build();
  }

  @Permission(role = TenantRole.VIEWER)
  @GET
  @Path("{id}/ranking")
  @Operation(summary = "The ranking of scored applications; ties share a rank; pass mark shown.")
  public List<Scoring.Ranked> ranking(@PathParam("id") long id) {
    return committee.ranking(id);
  }
}
