package it.ponte.matching.interfaces;

import it.ponte.matching.application.SelectionService;
import it.ponte.matching.interfaces.MatchingDtos.MatchList;
import it.ponte.matching.interfaces.MatchingDtos.MatchView;
import it.ponte.platform.interfaces.Paging;
import it.ponte.tenancy.application.CurrentTerritory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A vacancy's ranking of the candidates in protocol. Beside the vacancy's own resource in the
 * company context, here because matching depends on companies and candidates, not the reverse.
 */
@ApplicationScoped
@Path("t/{tenant}/vacancies/{id}/matches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vacancies")
public class VacancyMatchesResource {

  @Inject SelectionService selections;

  @Inject SelectionViews selectionViews;

  @Inject CurrentTerritory territory;

  @GET
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
}
