package it.ponte.matching.interfaces;

import it.ponte.matching.application.SelectionService;
import it.ponte.matching.interfaces.MatchingDtos.SelectionView;
import it.ponte.tenancy.application.CurrentTerritory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The selections a candidate is in. Beside the candidate's own resource in the candidate context,
 * here because matching depends on candidates, not the reverse.
 */
@ApplicationScoped
@Path("t/{tenant}/candidates/{id}/selections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Candidates")
public class CandidateSelectionsResource {

  @Inject SelectionService selections;

  @Inject SelectionViews selectionViews;

  @Inject CurrentTerritory territory;

  @GET
  @Operation(summary = "Lists the selections the candidate is in, oldest first.")
  public List<SelectionView> selections(@PathParam("id") long id) {
    return selectionViews.of(selections.ofCandidate(id));
  }
}
