package it.ponte.candidate.interfaces;

import it.ponte.candidate.application.ContactAttempts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Attempts to reach a person, the evidence behind "unreachable" and "not collaborating". */
@ApplicationScoped
@Path("t/{tenant}/candidates/{id}/contact-attempts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Candidates")
public class ContactAttemptResource {

  @Inject ContactAttempts attempts;

  /** An attempt to record. */
  @Schema(name = "NewContactAttempt")
  public static class NewAttempt {
    @Schema(description = "When; now when left out")
    public OffsetDateTime at;

    @Schema(required = true)
    @NotNull
    public ContactAttempts.Channel channel;

    @Schema(required = true)
    @NotNull
    public ContactAttempts.Outcome outcome;
  }

  @GET
  @Operation(summary = "The attempts to reach the person, oldest first.")
  public List<ContactAttempts.Attempt> list(@PathParam("id") long id) {
    return attempts.list(id);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Records an attempt to reach the person and whether it did.")
  public Response record(@PathParam("id") long id, @NotNull @Valid NewAttempt body) {
    OffsetDateTime at = body.at == null ? OffsetDateTime.now() : body.at;
    if (at.isAfter(OffsetDateTime.now().plusMinutes(5))) {
      throw it.ponte.platform.application.ProblemException.validation(
          List.of(new it.ponte.platform.domain.FieldError("/at", "is in the future")));
    }
    return Response.status(Response.Status.CREATED)
        .entity(attempts.record(id, at, body.channel, body.outcome))
        .build();
  }
}
