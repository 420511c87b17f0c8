package it.ponte.tenancy.application;

import it.ponte.api.tenant.TenantId;
import it.ponte.platform.application.ProblemException;
import it.ponte.tenancy.domain.TenantDescriptor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The descriptor of the request's territory, read once per request. Call it before opening a tenant
 * transaction: the registry is not readable with the tenant's database role.
 */
@RequestScoped
public class CurrentTerritory {

  @Inject TenantContext tenant;

  @Inject TenantDirectory directory;

  private TenantDescriptor descriptor;

  /** The descriptor; 404 if the territory is not active. */
  public TenantDescriptor descriptor() {
    if (descriptor == null) {
      TenantId id = tenant.tenant();
      descriptor =
          directory
              .findActive(id)
              .map(t -> t.descriptor())
              .orElseThrow(() -> ProblemException.notFound("Tenant " + id));
    }
    return descriptor;
  }
}
