package it.ponte.tenancy.interfaces;

import it.ponte.api.tenant.TenantId;
import it.ponte.extension.application.PluginRegistry;
import it.ponte.extension.application.PluginService;
import it.ponte.identity.application.CallerContext;
import it.ponte.platform.application.ProblemException;
import it.ponte.platform.domain.FieldError;
import it.ponte.platform.infrastructure.JsonValues;
import it.ponte.tenancy.application.TenantOnboarding;
import it.ponte.tenancy.domain.TenantDescriptor;
import it.ponte.tenancy.domain.TenantDescriptorParser;
import it.ponte.tenancy.domain.TenantRepository;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The tenant registry: onboarding territories at runtime and reading their state. */
@RequestScoped
@Path("platform/tenants")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Platform")
public class PlatformTenantResource {

  @Inject TenantOnboarding onboarding;

  /** Optional body field beside the descriptor's: whom to invite as the first tenant-admin. */
  static final String FIRST_ADMIN_EMAIL = "firstAdminEmail";

  /**
   * Optional body field: true when the first admin is a user who already exists (an admin of
   * another territory, say). Without it an existing user is refused, so nobody is made an admin by
   * mistake.
   */
  static final String FIRST_ADMIN_EXISTS = "firstAdminIsExistingUser";

  private static final java.util.regex.Pattern EMAIL =
      java.util.regex.Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,255}\\.[^@\\s]{2,}");

  @Inject TenantRepository repository;

  @Inject it.ponte.tenancy.domain.TenantIdentity identity;

  @Inject CallerContext caller;

  @Inject PluginRegistry registry;

  @Inject PluginService plugins;

  @Context UriInfo uriInfo;

  @GET
  @Operation(summary = "Lists every registered tenant with its status and schema version.")
  public List<TenantView> list() {
    return repository.findAll().stream().map(TenantView::of).toList();
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
        .map(TenantView::of)
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
    Map<String, Object> fields =
        new java.util.LinkedHashMap<>((Map<String, Object>) JsonValues.toPlain(body));
    Object email = fields.remove(FIRST_ADMIN_EMAIL);
    Object existing = fields.remove(FIRST_ADMIN_EXISTS);
    List<FieldError> errors = new java.util.ArrayList<>();
    TenantDescriptorParser.Result parsed = TenantDescriptorParser.parse(fields);
    errors.addAll(parsed.errors());
    if (email != null && !(email instanceof String s && EMAIL.matcher(s).matches())) {
      errors.add(new FieldError("/" + FIRST_ADMIN_EMAIL, "must be an e-mail address"));
    } else if (email instanceof String address) {
      if (existing != null && !(existing instanceof Boolean)) {
        errors.add(new FieldError("/" + FIRST_ADMIN_EXISTS, "must be true or false"));
      } else {
        boolean declared = Boolean.TRUE.equals(existing);
        boolean exists = identity.userExists(address);
        if (exists && !declared) {
          errors.add(
              new FieldError(
                  "/" + FIRST_ADMIN_EMAIL,
                  "a user with this e-mail already exists; set "
                      + FIRST_ADMIN_EXISTS
                      + " to true to make them this territory's admin"));
        } else if (!exists && declared) {
          errors.add(
              new FieldError("/" + FIRST_ADMIN_EMAIL, "no user with this e-mail exists yet"));
        }
      }
    } else if (existing != null) {
      errors.add(new FieldError("/" + FIRST_ADMIN_EXISTS, "goes with " + FIRST_ADMIN_EMAIL));
    }
    if (parsed.isValid()) {
      for (var plugin : parsed.descriptor().plugins().entrySet()) {
        String pointer = "/plugins/" + plugin.getKey();
        if (registry.find(plugin.getKey()).isEmpty()) {
          errors.add(new FieldError(pointer, "no such plugin is installed"));
          continue;
        }
        var checked =
            registry
                .schema(plugin.getKey())
                .validate((JsonObject) JsonValues.toJson(plugin.getValue()));
        checked
            .errors()
            .forEach(e -> errors.add(new FieldError(pointer + e.pointer(), e.detail())));
      }
    }
    if (!errors.isEmpty()) {
      throw ProblemException.validation(errors);
    }
    TenantOnboarding.Outcome outcome =
        onboarding.onboard(
            parsed.descriptor(), java.util.Optional.ofNullable((String) email), caller.actor());
    TenantDescriptor descriptor = parsed.descriptor();
    try {
      // In dependency order, as at startup: a plugin that requires another comes after it.
      for (String pluginId : registry.inDependencyOrder(descriptor.plugins().keySet())) {
        plugins.enable(
            descriptor.id(),
            descriptor.region(),
            pluginId,
            (JsonObject) JsonValues.toJson(descriptor.plugins().get(pluginId)),
            caller.actor());
      }
    } catch (ProblemException e) {
      throw new ProblemException(
          422,
          "plugin-refused",
          "Plugin cannot be enabled",
          "The territory was onboarded, but not every plugin of its descriptor could be enabled: "
              + e.getMessage()
              + " Enable it with PUT /api/t/"
              + descriptor.id().value()
              + "/plugins/{id}.");
    }
    TenantView view = repository.find(descriptor.id()).map(TenantView::of).orElseThrow();
    if (outcome == TenantOnboarding.Outcome.RESUMED) {
      return Response.ok(view).build();
    }
    return Response.created(uriInfo.getAbsolutePathBuilder().path(view.id()).build())
        .entity(view)
        .build();
  }
}
