package it.ponte.extension.interfaces;

import it.ponte.api.tenant.TenantId;
import it.ponte.extension.application.CurrentTenantPlugins;
import it.ponte.extension.application.TenantScopes;
import it.ponte.identity.domain.AccessPolicy;
import it.ponte.platform.interfaces.Problems;
import it.ponte.tenancy.application.CurrentTerritory;
import it.ponte.tenancy.application.TenantContext;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * Runs after the tenant is resolved: loads the tenant's enabled plugins for the request, and
 * answers 404 for a plugin's own endpoints ({@code /api/t/{tenant}/plugins/{id}/...}, except the
 * core's management ones) where that plugin is not enabled - the same answer as for a plugin that
 * does not exist.
 */
@Provider
@Priority(Priorities.USER + 100)
public class PluginGate implements ContainerRequestFilter {

  @Inject TenantContext tenants;

  @Inject CurrentTerritory territory;

  @Inject TenantScopes scopes;

  @Inject CurrentTenantPlugins current;

  @Override
  public void filter(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath();
    String[] segments = path.split("/");
    if (segments.length < 2 || !segments[0].equals("t")) {
      return;
    }
    TenantId tenant;
    try {
      tenant = tenants.tenant();
    } catch (IllegalStateException unresolved) {
      return;
    }
    scopes.bind(scopes.of(tenant, territory.descriptor()));
    boolean pluginEndpoint =
        segments.length >= 5
            && segments[2].equals("plugins")
            && !AccessPolicy.CORE_PLUGIN_PAGES.contains(segments[4]);
    if (pluginEndpoint && !current.enabledIds().contains(segments[3])) {
      request.abortWith(
          Problems.response(
                  "not-found",
                  404,
                  "Not found",
                  "Plugin " + segments[3] + " was not found.",
                  request.getUriInfo().getRequestUri().getRawPath(),
                  List.of())
              .build());
    }
  }
}
