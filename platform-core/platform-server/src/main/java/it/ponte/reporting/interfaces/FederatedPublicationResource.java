package it.ponte.reporting.interfaces;

import it.ponte.platform.application.ProblemException;
import it.ponte.platform.domain.FieldError;
import it.ponte.reporting.infrastructure.FederatedPublications;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Revisions of the federated publications, for platform admins. */
@ApplicationScoped
@Path("platform/federation/publications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
public class FederatedPublicationResource {

  @Inject FederatedPublications publications;

  /** A period of the publication grid, as its label: a year, a quarter or a month. */
  private static final Pattern PERIOD = Pattern.compile("\\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?");

  @DELETE
  @Operation(
      summary =
          "Revises federated publications: a period, or all, is computed afresh when next asked.",
      description =
          "Federated figures of a closed period are computed once and then served as published."
              + " Records entered late about a past period reach them at a revision: this one, or"
              + " the automatic ones (a territory joins, leaves or changes its plugins, a history"
              + " import ends). period: the publication to revise, by its label (2026, 2026-Q2,"
              + " 2026-06; both groupings), or all. Answers how many stored publications were"
              + " forgotten.")
  public Map<String, Integer> revise(@QueryParam("period") String period) {
    if (period == null || !(period.equals("all") || PERIOD.matcher(period).matches())) {
      throw ProblemException.validation(
          List.of(
              new FieldError(
                  "period",
                  "is the label of a publication period (2026, 2026-Q2, 2026-06) or all")));
    }
    int forgotten = period.equals("all") ? publications.forgetAll() : publications.forget(period);
    return Map.of("forgotten", forgotten);
  }
}
