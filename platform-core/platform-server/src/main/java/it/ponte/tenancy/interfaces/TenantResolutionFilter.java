package it.ponte.tenancy.interfaces;

import it.ponte.api.tenant.TenantId;
import it.ponte.platform.interfaces.Problems;
import it.ponte.tenancy.application.PlatformStartup;
import it.ponte.tenancy.application.TenantContext;
import it.ponte.tenancy.application.TenantDirectory;
import it.ponte.tenancy.domain.TenantSuspensions;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * Resolves the tenant of every {@code /api/t/{tenant}/...} request once, before the resource runs:
 * a malformed or unknown id gets 404, a platform still migrating gets 503, a write to a suspended
 * territory 409 ({@code tenant-suspended}: reads and exports go on). The resolved id is bound to
 * the request's {@link TenantContext}.
 */
@Provider
public class TenantResolutionFilter implements ContainerRequestFilter {

  /** Name of the path parameter that carries the tenant id. */
  public static final String TENANT_PARAM = "tenant";

  @Inject TenantDirectory directory;

  @Inject TenantContext context;

  @Inject PlatformStartup startup;

  @Inject TenantSuspensions suspensions;

  @Override
  public void filter(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath();
    if (!path.startsWith("t/")) {
      return;
    }
    String instance = request.getUriInfo().getRequestUri().getRawPath();
    String raw = request.getUriInfo().getPathParameters().getFirst(TENANT_PARAM);
    if (raw == null) {
      return;
    }
    if (!startup.isDone()) {
      request.abortWith(
          Problems.response(
                  "starting",
                  503,
                  "Service unavailable",
                  "The platform is still starting (" + startup.state() + ").",
                  instance,
                  List.of())
              .header("Retry-After", Problems.RETRY_AFTER_SECONDS)
              .build());
      return;
    }
    if (!TenantId.isValid(raw) || directory.findActive(TenantId.of(raw)).isEmpty()) {
      request.abortWith(
          Problems.response(
                  "tenant-not-found",
                  404,
                  "Not Found",
                  "No active tenant '" + raw + "'.",
                  instance,
                  List.of())
              .build());
      return;
    }
    context.bind(TenantId.of(raw));
    if (!READS.contains(request.getMethod()) && suspensions.of(TenantId.of(raw)).isPresent()) {
      request.abortWith(
          Problems.response(
                  "tenant-suspended",
                  409,
                  "Territory suspended",
                  "The territory '"
                      + raw
                      + "' is suspended: it can be read and exported, not changed, until a"
                      + " platform admin lifts the suspension.",
                  instance,
                  List.of())
              .build());
    }
  }

  private static final java.util.Set<String> READS = java.util.Set.of("GET", "HEAD", "OPTIONS");
}
