package it.ponte.onboarding.application;

import it.ponte.extension.application.PluginRegistry;
import it.ponte.extension.application.PluginService;
import it.ponte.platform.application.ProblemException;
import it.ponte.platform.domain.FieldError;
import it.ponte.platform.infrastructure.JsonValues;
import it.ponte.tenancy.application.TenantOnboarding;
import it.ponte.tenancy.domain.Tenant;
import it.ponte.tenancy.domain.TenantDescriptor;
import it.ponte.tenancy.domain.TenantDescriptorParser;
import it.ponte.tenancy.domain.TenantIdentity;
import it.ponte.tenancy.domain.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Onboards a territory from a descriptor sent at runtime: every error of the request is reported at
 * once (the descriptor's fields, the first admin, each plugin's configuration against its schema)
 * and nothing is created while there is one; then the tenant's schema is created (or a failed
 * onboarding resumed) and its plugins are enabled in dependency order, as at startup.
 */
@ApplicationScoped
public class TerritoryOnboarding {

  /** Optional field beside the descriptor's: whom to invite as the first tenant-admin. */
  public static final String FIRST_ADMIN_EMAIL = "firstAdminEmail";

  /**
   * Optional field: true when the first admin is a user who already exists (an admin of another
   * territory, say). Without it an existing user is refused, so nobody is made an admin by mistake.
   */
  public static final String FIRST_ADMIN_EXISTS = "firstAdminIsExistingUser";

  private static final Pattern EMAIL =
      Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,255}\\.[^@\\s]{2,}");

  @Inject TenantOnboarding onboarding;

  @Inject TenantRepository repository;

  @Inject TenantIdentity identity;

  @Inject PluginRegistry registry;

  @Inject PluginService plugins;

  /** The tenant as onboarded, and whether this request created it or resumed a failed attempt. */
  public record Onboarded(Tenant tenant, boolean resumed) {}

  /**
   * @param request the descriptor's fields and the optional first-admin fields, as plain values
   * @throws ProblemException 422 listing every error, 409 when the tenant exists
   */
  public Onboarded onboard(Map<String, Object> request, String actor) {
    Map<String, Object> fields = new LinkedHashMap<>(request);
    Object email = fields.remove(FIRST_ADMIN_EMAIL);
    Object existing = fields.remove(FIRST_ADMIN_EXISTS);
    TenantDescriptorParser.Result parsed = TenantDescriptorParser.parse(fields);
    List<FieldError> errors = new ArrayList<>(parsed.errors());
    errors.addAll(firstAdminErrors(email, existing));
    if (parsed.isValid()) {
      errors.addAll(pluginErrors(parsed.descriptor()));
    }
    if (!errors.isEmpty()) {
      throw ProblemException.validation(errors);
    }
    TenantDescriptor descriptor = parsed.descriptor();
    TenantOnboarding.Outcome outcome =
        onboarding.onboard(descriptor, Optional.ofNullable((String) email), actor);
    enablePlugins(descriptor, actor);
    Tenant tenant = repository.find(descriptor.id()).orElseThrow();
    return new Onboarded(tenant, outcome == TenantOnboarding.Outcome.RESUMED);
  }

  private List<FieldError> firstAdminErrors(Object email, Object existing) {
    if (email == null) {
      return existing == null
          ? List.of()
          : List.of(new FieldError("/" + FIRST_ADMIN_EXISTS, "goes with " + FIRST_ADMIN_EMAIL));
    }
    if (!(email instanceof String address && EMAIL.matcher(address).matches())) {
      return List.of(new FieldError("/" + FIRST_ADMIN_EMAIL, "must be an e-mail address"));
    }
    if (existing != null && !(existing instanceof Boolean)) {
      return List.of(new FieldError("/" + FIRST_ADMIN_EXISTS, "must be true or false"));
    }
    boolean declared = Boolean.TRUE.equals(existing);
    boolean exists = identity.userExists(address);
    if (exists && !declared) {
      return List.of(
          new FieldError(
              "/" + FIRST_ADMIN_EMAIL,
              "a user with this e-mail already exists; set "
                  + FIRST_ADMIN_EXISTS
                  + " to true to make them this territory's admin"));
    }
    if (!exists && declared) {
      return List.of(
          new FieldError("/" + FIRST_ADMIN_EMAIL, "no user with this e-mail exists yet"));
    }
    return List.of();
  }

  /** Each plugin of the descriptor must be installed and its configuration fit its schema. */
  private List<FieldError> pluginErrors(TenantDescriptor descriptor) {
    List<FieldError> errors = new ArrayList<>();
    for (var plugin : descriptor.plugins().entrySet()) {
      String pointer = "/plugins/" + plugin.getKey();
      if (registry.find(plugin.getKey()).isEmpty()) {
        errors.add(new FieldError(pointer, "no such plugin is installed"));
        continue;
      }
      registry
          .schema(plugin.getKey())
          .validate((JsonObject) JsonValues.toJson(plugin.getValue()))
          .errors()
          .forEach(e -> errors.add(new FieldError(pointer + e.pointer(), e.detail())));
    }
    return errors;
  }

  /** In dependency order, as at startup: a plugin that requires another comes after it. */
  private void enablePlugins(TenantDescriptor descriptor, String actor) {
    try {
      for (String pluginId : registry.inDependencyOrder(descriptor.plugins().keySet())) {
        plugins.enable(
            descriptor.id(),
            descriptor.region(),
            pluginId,
            (JsonObject) JsonValues.toJson(descriptor.plugins().get(pluginId)),
            actor);
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
  }
}
