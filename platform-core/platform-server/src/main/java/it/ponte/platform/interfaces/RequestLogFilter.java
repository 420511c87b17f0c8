package it.ponte.platform.interfaces;

import it.ponte.platform.application.CallerSubject;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Gives every request its id (see {@link RequestLog}), and after each API request writes its log
 * line and counts it in {@code /metrics} by tenant: {@code ponte_requests_total} by status class
 * and {@code ponte_request_seconds} (a timer). The first filter, so that everything after it - a
 * 413 of the size cap included - is counted and logged.
 */
@WebFilter(filterName = "request-log", urlPatterns = "/*")
public class RequestLogFilter extends HttpFilter {

  /** Looked up once: {@code Json.createObjectBuilder()} searches the class path on every call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  @Inject MetricRegistry metrics;

  /** Who called, as the identity layer knows it. */
  @Inject jakarta.enterprise.inject.Instance<CallerSubject> subjects;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String id = RequestLog.idFor(request.getHeader(RequestLog.HEADER));
    request.setAttribute(RequestLog.ID, id);
    response.setHeader(RequestLog.HEADER, id);
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!path.startsWith("/api/")) {
      chain.doFilter(request, response);
      return;
    }
    long start = System.nanoTime();
    int status = 500;
    try {
      chain.doFilter(request, response);
      status = response.getStatus();
    } finally {
      long nanos = System.nanoTime() - start;
      record(request, path, id, status, nanos);
    }
  }

  private void record(HttpServletRequest request, String path, String id, int status, long nanos) {
    String tenant = tenantOf(path);
    Object route = request.getAttribute(RequestLog.ROUTE);
    try {
      metrics
          .counter(
              "ponte.requests",
              new Tag("tenant", tenant == null ? "-" : tenant),
              new Tag("status", status / 100 + "xx"))
          .inc();
      metrics
          .timer("ponte.request", new Tag("tenant", tenant == null ? "-" : tenant))
          .update(Duration.ofNanos(nanos));
    } catch (RuntimeException e) {
      RequestLog.LOG.log(Level.FINE, "Metrics unavailable", e);
    }
    if (!RequestLog.LOG.isLoggable(Level.INFO)) {
      return;
    }
    JsonObjectBuilder line =
        JSON.createObjectBuilder()
            .add("time", Instant.now().toString())
            .add("requestId", id)
            .add("method", request.getMethod())
            .add("route", route instanceof String r ? r : "(no route)")
            .add("status", status)
            .add("durationMs", Math.round(nanos / 1e5) / 10.0);
    if (tenant != null) {
      line.add("tenant", tenant);
    }
    String subject = subject();
    if (subject != null) {
      line.add("subject", subject);
    }
    RequestLog.LOG.info(line.build().toString());
  }

  /** Resolved at the first request that has one, not at every request. */
  private volatile CallerSubject subject;

  private String subject() {
    try {
      CallerSubject resolved = subject;
      if (resolved == null) {
        if (!subjects.isResolvable()) {
          return null;
        }
        resolved = subjects.get();
        subject = resolved;
      }
      return resolved.get();
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The tenant of a path under {@code /api/t/}, when it is one a tenant id may be. */
  static String tenantOf(String path) {
    if (!path.startsWith("/api/t/")) {
      return null;
    }
    int end = path.indexOf('/', 7);
    String tenant = end < 0 ? path.substring(7) : path.substring(7, end);
    return tenant.matches("[a-z][a-z0-9-]{1,39}") ? tenant : "(invalid)";
  }
}
