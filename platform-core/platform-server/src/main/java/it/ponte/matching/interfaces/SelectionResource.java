package it.ponte.matching.interfaces;

import it.ponte.matching.application.SelectionService;
import it.ponte.matching.interfaces.MatchingDtos.Move;
import it.ponte.matching.interfaces.MatchingDtos.SelectionView;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * One selection (candidatura) and its moves. A vacancy's selections are under
 * /vacancies/{id}/selections, a candidate's under /candidates/{id}/selections.
 */
@ApplicationScoped
@Path("t/{tenant}/selections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Selections")
public class SelectionResource {

  @Inject SelectionService selections;

  @Inject SelectionViews views;

  @GET
  @Path("{id}")
  @Operation(summary = "Shows one selection with the stages it may move to.")
  public SelectionView get(@PathParam("id") long id) {
    return views.of(selections.get(id));
  }

  @POST
  @Path("{id}/stage")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Moves a selection on.",
      description =
          "PROPOSED -> CV_SENT -> COMPANY_INTERVIEW -> HIRED; REFUSED_BY_CANDIDATE or REJECTED from"
              + " any open stage. A move the stage does not allow answers 409 naming the allowed"
              + " ones. When a vacancy's hires reach its positions it becomes FILLED.")
  public SelectionView move(@PathParam("id") long id, @NotNull @Valid Move body) {
    return views.of(selections.move(id, body.version, body.to));
  }
}
