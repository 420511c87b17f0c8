package it.ponte.company.interfaces;

import it.ponte.company.domain.Vacancy;
import it.ponte.company.interfaces.CompanyDtos.VacancyPage;
import it.ponte.company.interfaces.CompanyDtos.VacancyView;
import it.ponte.matching.application.SelectionService;
import it.ponte.matching.domain.Selection;
import it.ponte.matching.interfaces.MatchingDtos.MatchList;
import it.ponte.matching.interfaces.MatchingDtos.MatchView;
import it.ponte.matching.interfaces.MatchingDtos.NewSelection;
import it.ponte.matching.interfaces.MatchingDtos.SelectionView;
import it.ponte.platform.application.ProblemException;
import it.ponte.platform.domain.FieldError;
import it.ponte.platform.interfaces.Paging;
import it.ponte.tenancy.application.CurrentTerritory;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The territory's personnel requests across companies. */
@RequestScoped
@Path("t/{tenant}/vacancies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vacancies")
public class VacancyResource {

  @Inject VacancyViews vacancies;

  @Inject SelectionService selections;

  @Inject it.ponte.matching.interfaces.SelectionViews selectionViews;

  @Inject CurrentTerritory territory;

  @GET
  @Operation(summary = "Lists the tenant's vacancies, newest first, optionally in one status.")
  public VacancyPage list(
      @QueryParam("status") Vacancy.Status status,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    Paging.check(offset, limit);
    return vacancies.list(status, offset, limit);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Shows one vacancy with its requirements.")
  public VacancyView get(@PathParam("id") long id) {
    return vacancies.get(id);
  }

  @POST
  @Path("{id}/close")
  @Operation(summary = "Closes a vacancy: no more candidates are proposed for it.")
  public VacancyView close(@PathParam("id") long id) {
    return vacancies.close(id);
  }

  @GET
  @Path("{id}/matches")
  @Operation(
      summary = "Ranks the candidates in protocol for a vacancy.",
      description =
          "Mandatory requirements filter; the soft criteria (licences, Italian level, education,"
              + " car, zone and mobility, sector, readiness, shifts) weigh with the territory's"
              + " matchingWeights. Each match explains its score and lists what is missing."
              + " Candidates already in the vacancy's selection are left out.")
  public MatchList matches(
      @PathParam("id") long id, @QueryParam("limit") @DefaultValue("20") int limit) {
    Paging.check(0, limit);
    Map<String, Integer> weights = territory.descriptor().matchingWeights();
    SelectionService.Ranking ranking = selections.matches(id, weights, limit);
    return new MatchList(
        id,
        ranking.considered(),
        new TreeMap<>(weights),
        ranking.top().stream().map(MatchView::of).toList());
  }

  @GET
  @Path("{id}/selections")
  @Operation(summary = "Lists the vacancy's selections, oldest first.")
  public List<SelectionView> selections(@PathParam("id") long id) {
    return selectionViews.of(selections.ofVacancy(id));
  }

  @POST
  @Path("{id}/selections")
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
