package it.ponte.matching.interfaces;

import it.ponte.matching.application.SelectionService;
import it.ponte.matching.domain.Selection;
import it.ponte.matching.interfaces.MatchingDtos.NewSelection;
import it.ponte.matching.interfaces.MatchingDtos.SelectionView;
import it.ponte.platform.application.ProblemException;
import it.ponte.platform.domain.FieldError;
import it.ponte.tenancy.application.CurrentTerritory;
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
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The candidates put forward for a vacancy. Beside the vacancy's own resource in the company
 * context, here because matching depends on companies and candidates, not the reverse.
 */
@ApplicationScoped
@Path("t/{tenant}/vacancies/{id}/selections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vacancies")
public class VacancySelectionsResource {

  @Inject SelectionService selections;

  @Inject SelectionViews selectionViews;

  @Inject CurrentTerritory territory;

  @GET
  @Operation(summary = "Lists the vacancy's selections, oldest first.")
  public List<SelectionView> selections(@PathParam("id") long id) {
    return selectionViews.of(selections.ofVacancy(id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Puts candidates forward for the vacancy.",
      description =
          "With candidateId an operator proposes one candidate in protocol; with topMatches the"
              + " best matches are proposed with their scores. A candidate already in the"
              + " selection answers 409.")
  public Response propose(@PathParam("id") long id, @NotNull @Valid NewSelection body) {
    if ((body.candidateId == null) == (body.topMatches == null)) {
      throw ProblemException.validation(
          List.of(new FieldError("", "give exactly one of candidateId and topMatches")));
    }
    List<SelectionView> created;
    if (body.candidateId != null) {
      created =
          List.of(
              selectionViews.of(
                  selections.propose(id, body.candidateId, Selection.ProposedBy.OPERATOR, null)));
    } else {
      Map<String, Integer> weights = territory.descriptor().matchingWeights();
      created = selectionViews.of(selections.proposeTopMatches(id, weights, body.topMatches));
    }
    return Response.status(Response.Status.CREATED).entity(created).build();
  }
}
