package it.ponte.reporting.interfaces;

import it.ponte.reporting.infrastructure.FederatedPublications;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Revisions of the federated publications, for platform admins. */
@ApplicationScoped
@Path("platform/federation/publications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
public class FederatedPublicationResource {

  @Inject FederatedPublications publications;

  @DELETE
  @Operation(
      summary = "Revises the federated publications: each closed period is computed afresh.",
      description =
          "Federated figures of a closed period are computed once and then served as published."
              + " Records entered late about a past period reach them at a revision: this one, or"
              + " the automatic ones (a territory joins, leaves or changes its plugins, a history"
              + " import ends). Answers how many stored publications were forgotten.")
  public Map<String, Integer> revise() {
    return Map.of("forgotten", publications.forgetAll());
  }
}
