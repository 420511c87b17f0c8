package it.ponte.idempotency.interfaces;

import it.ponte.idempotency.domain.StoredAnswer;
import it.ponte.identity.application.CallerContext;
import it.ponte.platform.interfaces.Problems;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Optional;

/**
 * The lookup of a keyed request's key, once the caller, their access and the territory are known
 * (after the access, tenant and plugin checks): keys are the caller's own, so nobody gets another
 * user's answer. A key answered before gets its answer again, or 422 for a different request.
 */
@Provider
@Priority(Priorities.USER + 300)
public class IdempotencyCheck implements ContainerRequestFilter {

  @Context HttpServletRequest servletRequest;

  @Inject CallerContext caller;

  @Inject StoredAnswer.Store answers;

  @Override
  public void filter(ContainerRequestContext request) {
    if (!(servletRequest.getAttribute(IdempotencyFilter.ATTRIBUTE)
        instanceof IdempotencyFilter.Keyed keyed)) {
      return;
    }
    keyed.caller = caller.actor();
    Optional<StoredAnswer> first = answers.find(keyed.caller, keyed.key);
    if (first.isEmpty()) {
      return;
    }
    StoredAnswer answer = first.get();
    if (!answer.requestHash().equals(keyed.hash)) {
      request.abortWith(
          Problems.response(
                  "idempotency-key-reused",
                  422,
                  "Idempotency-Key reused",
                  "This Idempotency-Key was used for another request: use a new key for a new"
                      + " request.",
                  request.getUriInfo().getRequestUri().getRawPath(),
                  List.of())
              .build());
      return;
    }
    keyed.replay = answer;
    Response.ResponseBuilder replay =
        Response.status(answer.status())
            .header("Idempotent-Replayed", "true")
            .entity(answer.body() == null ? new byte[0] : answer.body());
    if (answer.contentType() != null) {
      replay.type(answer.contentType());
    }
    if (answer.location() != null) {
      replay.header("Location", answer.location());
    }
    request.abortWith(replay.build());
  }
}
