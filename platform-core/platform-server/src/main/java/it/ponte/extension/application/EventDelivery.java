package it.ponte.extension.application;

import it.ponte.api.plugin.DomainEventListener;
import it.ponte.api.tenant.TenantId;
import it.ponte.events.domain.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Delivers one event at a time to one plugin's listeners, in a transaction of the tenant that also
 * moves the plugin's cursor: the listener's writes and "delivered" commit together. The cursor row
 * is locked for the transaction, so two instances never deliver the same event at once.
 */
@ApplicationScoped
public class EventDelivery {

  private static final java.util.logging.Logger LOG =
      java.util.logging.Logger.getLogger(EventDelivery.class.getName());

  /** Longest wait between two attempts of a failing delivery. */
  static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

  @Inject TenantScopes scopes;

  @Inject Step step;

  /** What one attempt did. */
  public enum Outcome {
    DELIVERED,
    NOTHING_TO_DO,
    FAILED
  }

  /** Delivers the plugin's next event in the tenant, if any is due. */
  @ActivateRequestContext
  public Outcome next(TenantScope scope, String pluginId) {
    scopes.bind(scope);
    TenantId tenant = scope.tenant();
    try {
      return step.deliver(pluginId) ? Outcome.DELIVERED : Outcome.NOTHING_TO_DO;
    } catch (ListenerFailure failure) {
      LOG.warning(
          "Plugin "
              + pluginId
              + " failed on event "
              + failure.seq
              + " of "
              + tenant
              + "; will retry: "
              + failure.getCause());
      step.recordFailure(pluginId, failure.seq, failure.attempts, failure.getCause());
      return Outcome.FAILED;
    } catch (RuntimeException e) {
      LOG.log(
          java.util.logging.Level.WARNING,
          "Delivery to " + pluginId + " in " + tenant + " failed",
          e);
      return Outcome.FAILED;
    }
  }

  /** A listener threw: the transaction rolls back and the failure is recorded in a new one. */
  static final class ListenerFailure extends RuntimeException {
    final long seq;
    final int attempts;

    ListenerFailure(long seq, int attempts, Throwable cause) {
      super(cause);
      this.seq = seq;
      this.attempts = attempts;
    }
  }

  /** The transactional steps, on a separate bean so that their transactions apply. */
  @ApplicationScoped
  public static class Step {

    @Inject Outbox outbox;

    @Inject PluginRegistry registry;

    @Inject it.ponte.tenancy.application.TenantContext context;

    /** MicroProfile Telemetry's tracer: a span per delivered event when traces are on. */
    @Inject io.opentelemetry.api.trace.Tracer tracer;

    /**
     * The longest the listeners may take over one event: a delivery that took longer (its listener
     * waited on something that did not answer) is rolled back and tried again later, like a failed
     * one, so that slow work never half-counts. Waits in the database end earlier, at the statement
     * timeout.
     */
    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(
        name = "ponte.plugins.delivery-timeout-seconds",
        defaultValue = "60")
    long timeoutSeconds;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean deliver(String pluginId) {
      Optional<Outbox.Cursor> cursor = outbox.lock(pluginId);
      if (cursor.isEmpty()) {
        return false;
      }
      Outbox.Cursor c = cursor.get();
      if (c.nextAttemptAt() != null && c.nextAttemptAt().isAfter(OffsetDateTime.now())) {
        return false;
      }
      Optional<Outbox.Stored> next = outbox.after(c.lastSeq());
      if (next.isEmpty()) {
        return false;
      }
      List<DomainEventListener> listeners =
          registry.extensions(DomainEventListener.class, List.of(pluginId));
      Outbox.Stored event = next.get();
      io.opentelemetry.api.trace.Span span =
          tracer
              .spanBuilder("ponte event delivery")
              .setAttribute("ponte.tenant", context.tenant().value())
              .setAttribute("ponte.plugin", pluginId)
              .setAttribute("ponte.event.type", event.event().type())
              .setAttribute("ponte.event.seq", event.seq())
              .startSpan();
      try (io.opentelemetry.context.Scope traced = span.makeCurrent()) {
        deliver(event, c, listeners);
      } catch (ListenerFailure failure) {
        span.setStatus(
            io.opentelemetry.api.trace.StatusCode.ERROR,
            failure.getCause().getClass().getSimpleName());
        throw failure;
      } finally {
        span.end();
      }
      outbox.advance(pluginId, next.get().seq());
      return true;
    }

    private void deliver(
        Outbox.Stored event, Outbox.Cursor cursor, List<DomainEventListener> listeners) {
      long started = System.nanoTime();
      for (DomainEventListener listener : listeners) {
        try {
          listener.on(event.event());
        } catch (RuntimeException e) {
          throw new ListenerFailure(event.seq(), cursor.attempts(), e);
        }
      }
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      if (took.toSeconds() >= timeoutSeconds) {
        throw new ListenerFailure(
            event.seq(),
            cursor.attempts(),
            new java.util.concurrent.TimeoutException(
                "the listeners took "
                    + took.toMillis()
                    + " ms, past the delivery timeout of "
                    + timeoutSeconds
                    + " s"));
      }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordFailure(String pluginId, long seq, int attempts, Throwable cause) {
      long seconds = Math.min(MAX_BACKOFF.toSeconds(), 1L << Math.min(attempts, 20));
      String error = cause.getClass().getSimpleName() + ": " + cause.getMessage();
      outbox.failed(
          pluginId,
          seq,
          error.length() > 1_000 ? error.substring(0, 1_000) : error,
          OffsetDateTime.now().plusSeconds(seconds));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Outbox.Cursor> state(String pluginId) {
      return outbox.read(pluginId);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Outbox.Stored> event(long seq) {
      return outbox.find(seq);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void retryNow(String pluginId) {
      outbox.retryNow(pluginId);
    }
  }
}
