package it.ponte.platform.infrastructure;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import jakarta.enterprise.inject.spi.CDI;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.queries.DatabaseQuery;
import org.eclipse.persistence.queries.ModifyQuery;
import org.eclipse.persistence.sessions.DataRecord;
import org.eclipse.persistence.sessions.SessionProfilerAdapter;

/**
 * A span for every query EclipseLink runs - the entities' queries and the native SQL of the
 * repositories and reports - when traces are on (MicroProfile Telemetry, {@code
 * OTEL_SDK_DISABLED=false}); with traces off the tracer does nothing. Set as the persistence unit's
 * {@code eclipselink.profiler}.
 *
 * <p>A span is named by the kind of query and its entity ({@code db ReadAllQuery Company}, {@code
 * db DataReadQuery} for native SQL), never by its text or values: those may hold a person's data.
 * JDBC that bypasses EclipseLink (plugins' {@code TenantSql}, imports' batches) is not traced here.
 */
public class TracingProfiler extends SessionProfilerAdapter {

  private static volatile Tracer tracer;

  @Override
  public Object profileExecutionOfQuery(
      DatabaseQuery query, DataRecord row, AbstractSession session) {
    Class<?> entity = query.getReferenceClass();
    Span span =
        tracer()
            .spanBuilder(
                "db "
                    + query.getClass().getSimpleName()
                    + (entity == null ? "" : " " + entity.getSimpleName()))
            .setSpanKind(SpanKind.CLIENT)
            .setAttribute("db.system", "postgresql")
            .setAttribute("db.operation", query instanceof ModifyQuery ? "write" : "read")
            .startSpan();
    try (Scope scope = span.makeCurrent()) {
      return super.profileExecutionOfQuery(query, row, session);
    } catch (RuntimeException e) {
      span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
      throw e;
    } finally {
      span.end();
    }
  }

  private static Tracer tracer() {
    Tracer current = tracer;
    if (current == null) {
      try {
        current = CDI.current().select(Tracer.class).get();
      } catch (RuntimeException e) {
        // No tracer bean (traces unsupported by the server): trace nothing.
        current = OpenTelemetry.noop().getTracer("ponte");
      }
      tracer = current;
    }
    return current;
  }
}
