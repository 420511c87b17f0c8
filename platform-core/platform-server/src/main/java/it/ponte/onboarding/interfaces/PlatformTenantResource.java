package it.ponte.onboarding.interfaces;

import it.ponte.api.tenant.TenantId;
import it.ponte.extension.application.PluginService;
import it.ponte.identity.application.CallerContext;
import it.ponte.onboarding.application.TerritoryOnboarding;
import it.ponte.platform.application.ProblemException;
import it.ponte.platform.domain.FieldError;
import it.ponte.platform.infrastructure.JsonValues;
import it.ponte.tenancy.domain.Tenant;
import it.ponte.tenancy.domain.TenantRepository;
import it.ponte.tenancy.domain.TenantSuspensions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The tenant registry: onboarding territories at runtime and reading their state. */
@ApplicationScoped
@Path("platform/tenants")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Platform")
public class PlatformTenantResource {

  @Inject TerritoryOnboarding onboarding;

  @Inject TenantRepository repository;

  @Inject it.ponte.onboarding.application.TerritoryOffboarding offboarding;

  @Inject CallerContext caller;

  @Inject PluginService plugins;

  @Context UriInfo uriInfo;

  @Inject TenantSuspensions suspensions;

  private TenantView view(Tenant tenant) {
    return TenantView.of(
        tenant,
        plugins.enabledPlugins(tenant.id()).keySet(),
        suspensions.of(tenant.id()).map(TenantSuspensions.Suspension::since).orElse(null));
  }

  private Tenant existing(String id) {
    if (!TenantId.isValid(id)) {
      throw ProblemException.notFound("Tenant '" + id + "'");
    }
    return repository
        .find(TenantId.of(id))
        .orElseThrow(() -> ProblemException.notFound("Tenant '" + id + "'"));
  }

  @POST
  @Path("{id}/suspension")
  @Operation(
      summary = "Suspends a territory: read-only until lifted (platform admins).",
      description =
          "Every write to the territory then answers 409 tenant-suspended, the public form"
              + " included; its users still read and export. Suspending a suspended territory"
              + " changes nothing.")
  @APIResponse(responseCode = "200", description = "The territory, suspended")
  @APIResponse(responseCode = "404", description = "No such tenant")
  public TenantView suspend(@PathParam("id") String id) {
    Tenant tenant = existing(id);
    suspensions.suspend(tenant.id(), caller.actor());
    return view(tenant);
  }

  @DELETE
  @Path("{id}/suspension")
  @Operation(summary = "Lifts a territory's suspension (platform admins).")
  @APIResponse(responseCode = "200", description = "The territory, writable again")
  @APIResponse(responseCode = "404", description = "No such tenant")
  public TenantView lift(@PathParam("id") String id) {
    Tenant tenant = existing(id);
    suspensions.lift(tenant.id());
    return view(tenant);
  }

  @DELETE
  @Path("{id}")
  @Operation(
      summary = "Offboards a suspended territory (platform admins); cannot be undone.",
      description =
          "confirm must repeat the id. Drops the territory's schema and database role, removes"
              + " its Keycloak organization and role groups (its users lose their membership and"
              + " role there, and keep their accounts), and keeps a record of who did it and when."
              + " 409 tenant-not-suspended for a territory not suspended; 409"
              + " descriptor-file-present while a descriptor file still declares it. Nothing of"
              + " any other territory is touched.")
  @APIResponse(responseCode = "204", description = "Offboarded")
  @APIResponse(responseCode = "404", description = "No such tenant")
  public Response offboard(@PathParam("id") String id, @QueryParam("confirm") String confirm) {
    offboarding.offboard(id, confirm, caller.actor());
    return Response.noContent().build();
  }

  @GET
  @Operation(summary = "Lists every registered tenant with its status and schema version.")
  public List<TenantView> list() {
    // Two reads for the whole list, not two per territory.
    var enabled = plugins.enabledIdsByTenant();
    var suspended = suspensions.all();
    return repository.findAll().stream()
        .map(
            t ->
                TenantView.of(
                    t,
                    enabled.getOrDefault(t.id(), List.of()),
                    Optional.ofNullable(suspended.get(t.id()))
                        .map(TenantSuspensions.Suspension::since)
                        .orElse(null)))
        .toList();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Shows one tenant.")
  @APIResponse(responseCode = "200", description = "The tenant")
  @APIResponse(responseCode = "404", description = "No such tenant")
  public TenantView get(@PathParam("id") String id) {
    if (!TenantId.isValid(id)) {
      throw ProblemException.notFound("Tenant '" + id + "'");
    }
    return repository
        .find(TenantId.of(id))
        .map(this::view)
        .orElseThrow(() -> ProblemException.notFound("Tenant '" + id + "'"));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Timed(name = "onboarding", description = "Time to onboard a tenant")
  @Operation(
      summary = "Onboards a territory: creates its schema, role and tables without a restart.",
      description =
          "Sending the descriptor of a tenant whose onboarding failed resumes it. The descriptor has"
              + " the same fields as tenants/<id>/tenant.yaml.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = TenantDescriptorDocument.class)))
  @APIResponse(responseCode = "201", description = "Tenant created and active")
  @APIResponse(responseCode = "200", description = "A failed onboarding resumed and completed")
  @APIResponse(responseCode = "409", description = "A tenant with this id exists")
  @APIResponse(responseCode = "422", description = "Invalid descriptor; errors lists each field")
  @SuppressWarnings("unchecked")
  public Response onboard(JsonValue body) {
    if (body == null || body.getValueType() != JsonValue.ValueType.OBJECT) {
      throw ProblemException.validation(
          List.of(new FieldError("", "the body must be a JSON object (a tenant descriptor)")));
    }
    TerritoryOnboarding.Onboarded onboarded =
        onboarding.onboard((Map<String, Object>) JsonValues.toPlain(body), caller.actor());
    TenantView view = view(onboarded.tenant());
    if (onboarded.resumed()) {
      return Response.ok(view).build();
    }
    return Response.created(uriInfo.getAbsolutePathBuilder().path(view.id()).build())
        .entity(view)
        .build();
  }
}
