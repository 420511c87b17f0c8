package it.ponte.identity.interfaces;

import it.ponte.identity.application.CallerContext;
import it.ponte.identity.domain.AccessPolicy;
import it.ponte.identity.domain.Caller;
import it.ponte.identity.infrastructure.JwtVerifier;
import it.ponte.platform.interfaces.Problems;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Logger;

/**
 * Every {@code /api} request except the public forms needs a valid bearer token (401 otherwise),
 * and the caller's roles and territories must allow the path (403 otherwise). Runs before routing,
 * so a refused caller learns nothing, not even whether a resource or tenant exists.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class AccessFilter implements ContainerRequestFilter {

  private static final Logger LOG = Logger.getLogger(AccessFilter.class.getName());

  private static final String BEARER = "Bearer ";

  @Inject JwtVerifier verifier;

  @Inject CallerContext callerContext;

  @Inject it.ponte.identity.application.MemberActivity activity;

  @Override
  public void filter(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath();
    if (AccessPolicy.isPublic(path)) {
      return;
    }
    String instance = request.getUriInfo().getRequestUri().getRawPath();
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      request.abortWith(unauthorized(instance, "A bearer token is required."));
      return;
    }
    Caller caller;
    try {
      caller = verifier.verify(header.substring(BEARER.length()).trim());
    } catch (JwtVerifier.InvalidTokenException e) {
      LOG.fine(() -> "Refused token on " + instance + ": " + e.getMessage());
      request.abortWith(unauthorized(instance, "The bearer token is not valid."));
      return;
    }
    AccessPolicy.Decision decision = AccessPolicy.decide(request.getMethod(), path, caller);
    if (!decision.allowed()) {
      request.abortWith(
          Problems.response("forbidden", 403, "Forbidden", decision.reason(), instance, List.of())
              .build());
      return;
    }
    callerContext.bind(caller);
    String[] segments = path.startsWith("/") ? path.substring(1).split("/") : path.split("/");
    if (segments.length >= 2 && segments[0].equals("t")) {
      activity.seen(segments[1], caller.subject());
    }
  }

  private static jakarta.ws.rs.core.Response unauthorized(String instance, String detail) {
    return Problems.response("unauthorized", 401, "Unauthorized", detail, instance, List.of())
        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"ponte\"")
        .build();
  }
}
