package it.ponte.extension.application;

import it.ponte.api.core.CurrentUser;
import it.ponte.api.plugin.TenantRole;
import it.ponte.identity.application.CallerContext;
import it.ponte.identity.domain.Caller;
import it.ponte.identity.domain.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import java.util.Optional;

/** The request's verified caller, for plugins; no caller outside a request. */
@ApplicationScoped
public class CoreCurrentUser implements CurrentUser {

  @Inject CallerContext callers;

  private Optional<Caller> caller() {
    try {
      return callers.caller();
    } catch (ContextNotActiveException noRequest) {
      return Optional.empty();
    }
  }

  @Override
  public boolean present() {
    return caller().isPresent();
  }

  @Override
  public String subject() {
    return caller().map(Caller::subject).orElse("");
  }

  @Override
  public String username() {
    return caller().map(Caller::username).orElse("");
  }

  /**
   * A platform role as the token carries it; a territory role (tenant-admin, operator, viewer) as
   * held in the request's territory, a stronger one included.
   */
  @Override
  public boolean hasRole(String role) {
    Optional<TenantRole> territoryRole = Roles.territoryRole(role);
    if (territoryRole.isEmpty()) {
      return caller().map(c -> c.hasRole(role)).orElse(false);
    }
    Optional<String> tenant = currentTenant();
    return tenant.isPresent()
        && caller()
            .flatMap(c -> c.roleIn(tenant.get()))
            .map(r -> r.covers(territoryRole.get()))
            .orElse(false);
  }

  @Inject it.ponte.tenancy.application.TenantContext tenants;

  private Optional<String> currentTenant() {
    try {
      return Optional.of(tenants.tenant().value());
    } catch (IllegalStateException | ContextNotActiveException unbound) {
      return Optional.empty();
    }
  }

  @Override
  public String actor() {
    return caller().isPresent() ? callers.actor() : "system";
  }
}
