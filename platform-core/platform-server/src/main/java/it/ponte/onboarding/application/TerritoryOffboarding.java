package it.ponte.onboarding.application;

import it.ponte.api.tenant.TenantId;
import it.ponte.platform.application.ProblemException;
import it.ponte.platform.domain.FieldError;
import it.ponte.tenancy.application.TenantDirectory;
import it.ponte.tenancy.domain.Tenant;
import it.ponte.tenancy.domain.TenantDescriptorSource;
import it.ponte.tenancy.domain.TenantIdentity;
import it.ponte.tenancy.domain.TenantRepository;
import it.ponte.tenancy.domain.TenantSchemas;
import it.ponte.tenancy.domain.TenantSuspensions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;

/**
 * Offboards a territory that left: only a suspended one (its people had the time to export), only
 * with the confirmation the API asks for, and only once its descriptor file is gone (startup would
 * otherwise make it again). The identity provider's side goes first - nobody reaches the territory
 * any more - then its schema and role, then its rows in the registry; a record of who did it and
 * when stays. Each step is safe to repeat, so a request that failed midway is sent again.
 */
@ApplicationScoped
public class TerritoryOffboarding {

  private static final Logger LOG = Logger.getLogger(TerritoryOffboarding.class.getName());

  @Inject TenantRepository repository;

  @Inject TenantSuspensions suspensions;

  @Inject TenantDescriptorSource declared;

  @Inject TenantIdentity identity;

  @Inject TenantSchemas schemas;

  @Inject TenantDirectory directory;

  /**
   * Offboards the territory.
   *
   * @param confirm the territory's id again, as the caller's confirmation
   * @throws ProblemException 404 unknown, 422 without the confirmation, 409 not suspended or still
   *     declared by a descriptor file
   */
  public void offboard(String id, String confirm, String actor) {
    Tenant tenant = TenantId.isValid(id) ? repository.find(TenantId.of(id)).orElse(null) : null;
    if (tenant == null) {
      throw ProblemException.notFound("Tenant '" + id + "'");
    }
    if (!id.equals(confirm)) {
      throw ProblemException.validation(
          List.of(
              new FieldError(
                  "confirm",
                  "must be the territory's id ("
                      + id
                      + "): offboarding deletes all its data and cannot be undone")));
    }
    var suspension =
        suspensions
            .of(tenant.id())
            .orElseThrow(
                () ->
                    ProblemException.conflict(
                        "tenant-not-suspended",
                        "Only a suspended territory is offboarded: suspend "
                            + id
                            + " first, so that its people can still read and export."));
    for (TenantDescriptorSource.Declared d : declared.read()) {
      if (d.isValid() && d.descriptor().id().equals(tenant.id())) {
        throw ProblemException.conflict(
            "descriptor-file-present",
            "The territory is declared by "
                + d.source()
                + ": remove that file (or its ConfigMap entry) first, or the next startup would"
                + " create it again.");
      }
    }
    identity.removeOrganization(tenant.id());
    schemas.drop(tenant.id());
    repository.offboard(tenant.id(), suspension.since(), actor);
    directory.evict(tenant.id());
    LOG.info(() -> "Tenant " + id + " offboarded by " + actor);
  }
}
