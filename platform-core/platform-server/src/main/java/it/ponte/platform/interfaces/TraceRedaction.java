package it.ponte.platform.interfaces;

import io.opentelemetry.api.trace.Span;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Keeps a request's trace span (when traces are on) free of query values: the server records the
 * full URL, and a search's words can be a person's name ({@code ?q=Rossi}). The span keeps the path
 * and the names of the parameters ({@code ?q&page}).
 */
@Provider
public class TraceRedaction implements ContainerRequestFilter, ContainerResponseFilter {

  @Override
  public void filter(ContainerRequestContext request) {
    redact(request);
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    redact(request);
  }

  private static void redact(ContainerRequestContext request) {
    Span span = Span.current();
    URI uri = request.getUriInfo().getRequestUri();
    if (!span.isRecording() || uri.getRawQuery() == null) {
      return;
    }
    String target = uri.getRawPath() + "?" + parameterNames(uri.getRawQuery());
    span.setAttribute("http.target", target);
    span.setAttribute("http.url", uri.getScheme() + "://" + uri.getRawAuthority() + target);
  }

  static String parameterNames(String rawQuery) {
    return Arrays.stream(rawQuery.split("&"))
        .map(pair -> pair.split("=", 2)[0])
        .filter(name -> !name.isEmpty())
        .distinct()
        .collect(Collectors.joining("&"));
  }
}
