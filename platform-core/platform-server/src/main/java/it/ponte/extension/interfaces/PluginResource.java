package it.ponte.extension.interfaces;

import it.ponte.api.plugin.PluginDependency;
import it.ponte.api.plugin.PluginDescriptor;
import it.ponte.events.domain.Outbox;
import it.ponte.extension.application.EventDelivery;
import it.ponte.extension.application.EventDispatcher;
import it.ponte.extension.application.PluginService;
import it.ponte.identity.application.CallerContext;
import it.ponte.platform.application.ProblemException;
import it.ponte.tenancy.application.CurrentTerritory;
import it.ponte.tenancy.application.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The plugins a territory may use, and which it enabled with what configuration. */
@ApplicationScoped
@Path("t/{tenant}/plugins")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plugins")
public class PluginResource {

  @Inject PluginService plugins;

  @Inject TenantContext tenant;

  @Inject CurrentTerritory territory;

  @Inject CallerContext caller;

  @Inject EventDelivery.Step deliveries;

  @Inject EventDispatcher dispatcher;

  @Schema(name = "Plugin", description = "An installed plugin and its state in this territory.")
  public record PluginView(
      String id,
      String name,
      String version,
      @Schema(description = "ISTAT regions it may be enabled in; empty for any")
          List<String> regions,
      @Schema(description = "Plugins it needs (optional ones marked)")
          List<PluginDependency> dependencies,
      @Schema(description = "What it does with personal data") List<String> permissions,
      boolean enabled,
      @Schema(description = "Its configuration here, defaults applied; kept while disabled")
          JsonObject config,
      OffsetDateTime changedAt) {

    static PluginView of(PluginService.PluginState s) {
      PluginDescriptor d = s.descriptor();
      return new PluginView(
          d.id(),
          d.name(),
          d.version(),
          d.regions().stream().sorted().toList(),
          d.dependencies(),
          d.permissions().stream().sorted().toList(),
          s.enabled(),
          s.config(),
          s.changedAt());
    }
  }

  @Schema(name = "PluginDeliveries", description = "How far a plugin's event listeners got here.")
  public record DeliveriesView(
      String pluginId,
      @Schema(description = "Outbox position of the last event delivered") long lastDelivered,
      @Schema(description = "Events written since, not yet delivered") long pending,
      @Schema(description = "Failed attempts on the event that is stuck, 0 when none") int attempts,
      @Schema(description = "The event that failed last, if delivery is stuck") Long failingSeq,
      String failingType,
      String lastError,
      @Schema(description = "When the next attempt is due") OffsetDateTime nextAttemptAt) {}

  @GET
  @Operation(
      summary = "Lists the installed plugins, whether each is enabled here, and its configuration.")
  public List<PluginView> list() {
    return plugins.list(tenant.tenant()).stream().map(PluginView::of).toList();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Shows one plugin's state in this territory.")
  public PluginView get(@PathParam("id") String id) {
    return PluginView.of(plugins.get(tenant.tenant(), id));
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Enables a plugin with a configuration, or changes it (tenant admins).",
      description =
          "The body is the configuration, checked against the plugin's JSON Schema (422 with a"
              + " pointer per bad field; defaults fill what is left out). Region and dependency"
              + " rules are checked (422 plugin-refused). The plugin's tables are created or updated"
              + " in this territory, then it is enabled: a failure leaves it as it was. No restart.")
  public PluginView enable(@PathParam("id") String id, jakarta.json.JsonValue config) {
    // Any JSON reaches here (an array, a number): only an object is a configuration.
    if (config != null && config.getValueType() != jakarta.json.JsonValue.ValueType.OBJECT) {
      throw it.ponte.platform.application.ProblemException.validation(
          java.util.List.of(
              new it.ponte.platform.domain.FieldError(
                  "", "the body must be a JSON object (the plugin's configuration)")));
    }
    return PluginView.of(
        plugins.enable(
            tenant.tenant(),
            territory.descriptor().region(),
            id,
            config == null ? jakarta.json.JsonValue.EMPTY_JSON_OBJECT : config.asJsonObject(),
            caller.actor()));
  }

  @DELETE
  @Path("{id}")
  @Operation(
      summary = "Disables a plugin here (tenant admins); its data and configuration stay.",
      description =
          "Its endpoints then answer 404 here, it gets no events and its report sections go."
              + " Refused (409) while an enabled plugin requires it.")
  public PluginView disable(@PathParam("id") String id) {
    return PluginView.of(plugins.disable(tenant.tenant(), id, caller.actor()));
  }

  @GET
  @Path("{id}/deliveries")
  @Operation(
      summary = "Shows how far the plugin's event listeners got here (tenant admins).",
      description =
          "A delivery that keeps failing is retried with backoff and shows its error here.")
  public DeliveriesView deliveries(@PathParam("id") String id) {
    requireEnabled(id);
    Outbox.Cursor c =
        deliveries
            .state(id)
            .orElseThrow(() -> ProblemException.notFound("Deliveries of plugin " + id));
    String failingType =
        c.failingSeq() == null
            ? null
            : deliveries.event(c.failingSeq()).map(e -> e.event().type()).orElse(null);
    return new DeliveriesView(
        id,
        c.lastSeq(),
        c.pending(),
        c.attempts(),
        c.failingSeq(),
        failingType,
        c.lastError(),
        c.nextAttemptAt());
  }

  @POST
  @Path("{id}/deliveries/retry")
  @Operation(
      summary = "Retries a stuck delivery now instead of waiting for the backoff (tenant admins).")
  public DeliveriesView retry(@PathParam("id") String id) {
    requireEnabled(id);
    deliveries.retryNow(id);
    dispatcher.wake(tenant.tenant());
    return deliveries(id);
  }

  @GET
  @Path("{id}/schema")
  @Operation(
      summary = "The JSON Schema of the plugin's configuration (tenant admins).",
      description =
          "Types, enums, ranges, nested objects and arrays, defaults and descriptions: what the"
              + " console's configuration form is generated from, and what PUT checks against.")
  public JsonObject schema(@PathParam("id") String id) {
    plugins.get(tenant.tenant(), id);
    return plugins.schema(id).json();
  }

  @Schema(name = "PluginChange", description = "A change of a plugin's state in this territory.")
  public record ChangeView(
      @Schema(description = "ENABLE, CONFIGURE or DISABLE") String action,
      @Schema(description = "The configuration it left, defaults applied") JsonObject config,
      OffsetDateTime at,
      @Schema(description = "Who made it") String actor) {}

  @GET
  @Path("{id}/history")
  @Operation(
      summary = "Who enabled, configured or disabled the plugin here, and when (tenant admins).",
      description = "Newest first; the last 100 changes.")
  public List<ChangeView> history(@PathParam("id") String id) {
    return plugins.history(tenant.tenant(), id, 100).stream()
        .map(c -> new ChangeView(c.action(), c.config(), c.at(), c.actor()))
        .toList();
  }

  private void requireEnabled(String id) {
    if (!plugins.isEnabled(tenant.tenant(), id)) {
      throw ProblemException.notFound("Plugin " + id);
    }
  }
}
