package it.ponte.followup.interfaces;

import it.ponte.company.domain.Contract;
import it.ponte.followup.application.FollowUps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Follow-up surveys of a person out of the protocol. */
@ApplicationScoped
@Path("t/{tenant}/candidates/{id}/follow-ups")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Candidates")
public class FollowUpResource {

  @Inject FollowUps followUps;

  /** A survey answer. */
  @Schema(name = "FollowUpSurvey")
  public static class Survey {
    @Schema(required = true)
    @NotNull
    public LocalDate surveyedOn;

    @Schema(
        description =
            "Whether the person answered (default true); an unanswered survey gives no other field")
    public Boolean answered;

    @Schema(description = "Whether the person works now; required when answered")
    public Boolean working;

    @Schema(description = "The contract of the current job; only when working")
    public Contract contract;

    @Schema(description = "Job offers received since leaving the protocol (0 when left out)")
    @Min(0)
    @Max(1000)
    public Integer offersReceived;
  }

  @GET
  @Operation(summary = "The person's follow-up surveys, oldest first.")
  public List<FollowUps.FollowUp> list(@PathParam("id") long id) {
    return followUps.list(id);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Records a follow-up survey of a person out of the protocol.",
      description =
          "409 when the person is not out of the protocol, or a contract is given without work.")
  public Response record(@PathParam("id") long id, @NotNull @Valid Survey body) {
    return Response.status(Response.Status.CREATED)
        .entity(
            followUps.record(
                id,
                body.surveyedOn,
                body.answered == null || body.answered,
                body.working,
                body.contract,
                body.offersReceived))
        .build();
  }
}
