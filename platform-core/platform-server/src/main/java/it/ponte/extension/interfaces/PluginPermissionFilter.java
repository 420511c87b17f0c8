package it.ponte.extension.interfaces;

import it.ponte.api.plugin.Permission;
import it.ponte.api.plugin.PluginRefusal;
import it.ponte.api.plugin.Relation;
import it.ponte.api.plugin.TenantRole;
import it.ponte.extension.application.PluginRegistry;
import it.ponte.identity.application.CallerContext;
import it.ponte.identity.domain.AccessPolicy;
import it.ponte.identity.domain.Caller;
import it.ponte.platform.interfaces.Problems;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Enforces every plugin operation's declared {@link Permission}, the same way for every plugin,
 * after the plugin gate (so a disabled plugin stays a 404) and before the operation runs: the
 * caller's role in the territory must cover the declared one, and each declared {@link Relation}
 * must hold. A plugin operation that declares nothing is refused: access is never left to a
 * plugin's own code.
 */
@Provider
@Priority(Priorities.USER + 200)
public class PluginPermissionFilter implements ContainerRequestFilter {

  private static final Logger LOG = Logger.getLogger(PluginPermissionFilter.class.getName());

  @Context ResourceInfo resource;

  @Inject CallerContext callers;

  @Inject PluginRegistry registry;

  @Override
  public void filter(ContainerRequestContext request) {
    String[] segments = request.getUriInfo().getPath().split("/");
    boolean pluginOperation =
        segments.length >= 5
            && segments[0].equals("t")
            && segments[2].equals("plugins")
            && !AccessPolicy.CORE_PLUGIN_PAGES.contains(segments[4]);
    if (!pluginOperation) {
      return;
    }
    String tenant = segments[1];
    String plugin = segments[3];
    String instance = request.getUriInfo().getRequestUri().getRawPath();
    Method method = resource.getResourceMethod();
    Permission permission =
        method == null
            ? null
            : Optional.ofNullable(method.getAnnotation(Permission.class))
                .orElse(resource.getResourceClass().getAnnotation(Permission.class));
    if (permission == null) {
      LOG.severe(() -> "Plugin operation without a declared permission refused: " + method);
      request.abortWith(
          forbidden(instance, "This operation of plugin " + plugin + " declares no permission."));
      return;
    }
    Optional<TenantRole> role = callers.caller().flatMap(c -> c.roleIn(tenant));
    if (role.isEmpty() || !role.get().covers(permission.role())) {
      request.abortWith(
          forbidden(
              instance,
              "This needs the "
                  + permission.role().name().toLowerCase(java.util.Locale.ROOT)
                  + " role in this territory."));
      return;
    }
    if (permission.relations().length == 0) {
      return;
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    request.getUriInfo().getPathParameters().forEach((k, v) -> parameters.put(k, v.get(0)));
    String username = callers.caller().map(Caller::username).orElse("");
    for (String name : permission.relations()) {
      Relation relation =
          registry.extensions(Relation.class, List.of(plugin)).stream()
              .filter(r -> r.name().equals(name))
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "Plugin " + plugin + " declares relation " + name + " but has none"));
      Optional<PluginRefusal> refusal = relation.check(username, Map.copyOf(parameters));
      if (refusal.isPresent()) {
        request.abortWith(Problems.refusal(refusal.get(), instance));
        return;
      }
    }
  }

  private static jakarta.ws.rs.core.Response forbidden(String instance, String detail) {
    return Problems.response("forbidden", 403, "Forbidden", detail, instance, List.of()).build();
  }
}
