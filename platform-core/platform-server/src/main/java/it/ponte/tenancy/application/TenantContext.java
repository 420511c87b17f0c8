package it.ponte.tenancy.application;

import it.ponte.api.tenant.TenantId;
import jakarta.enterprise.context.RequestScoped;

/**
 * The tenant of the current request, set once by the edge after it resolved the tenant and never
 * changed afterwards. Work handed to other threads must take the {@link TenantId} with it
 * explicitly: request-scoped state does not follow.
 */
@RequestScoped
public class TenantContext {

  private TenantId tenant;

  /** Binds the request to its tenant; a second, different binding is a programming error. */
  public void bind(TenantId tenant) {
    if (this.tenant != null && !this.tenant.equals(tenant)) {
      throw new IllegalStateException("Request already bound to tenant " + this.tenant);
    }
    this.tenant = tenant;
  }

  /** The request's tenant; fails if the request has none (a platform-level endpoint). */
  public TenantId tenant() {
    if (tenant == null) {
      throw new IllegalStateException("No tenant bound to this request");
    }
    return tenant;
  }
}
