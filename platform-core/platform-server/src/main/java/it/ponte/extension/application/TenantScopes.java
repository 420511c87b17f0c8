package it.ponte.extension.application;

import it.ponte.api.tenant.TenantId;
import it.ponte.tenancy.application.TenantContext;
import it.ponte.tenancy.application.TenantDirectory;
import it.ponte.tenancy.domain.TenantDescriptor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The one way work runs for a tenant outside an API request's own binding - event delivery,
 * scheduled tasks, federated plugin metrics, demo data - and the way a plugin request is bound:
 * read the {@link TenantScope} once, then bind it to a request context. Binding is guarded: a
 * request bound to one tenant refuses another.
 */
@ApplicationScoped
public class TenantScopes {

  @Inject TenantDirectory directory;

  @Inject PluginService plugins;

  @Inject TenantContext context;

  @Inject CurrentTenantPlugins current;

  /** The scope of an active tenant; empty when no active tenant has this id. */
  public Optional<TenantScope> of(TenantId tenant) {
    return directory.findActive(tenant).map(t -> of(tenant, t.descriptor()));
  }

  /** The scope of a tenant whose descriptor the caller holds. */
  public TenantScope of(TenantId tenant, TenantDescriptor descriptor) {
    return new TenantScope(
        tenant,
        descriptor.region(),
        descriptor.timeZone(),
        plugins.enabledPlugins(tenant),
        plugins.everEnabled(tenant));
  }

  /**
   * Binds the current request context to the scope: its tenant, for the core's repositories and
   * {@code TenantSql}, and its plugins, for {@code CurrentTenant}.
   *
   * @throws IllegalStateException if the request is already bound to another tenant
   */
  public void bind(TenantScope scope) {
    context.bind(scope.tenant());
    current.load(scope.tenant(), scope.region(), scope.timeZone(), scope.enabled());
    current.everEnabled(scope.everEnabled());
  }

  /** Runs work in a request context of its own, bound to the scope. */
  @ActivateRequestContext
  public <T> T call(TenantScope scope, Supplier<T> work) {
    bind(scope);
    return work.get();
  }
}
