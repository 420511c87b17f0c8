package it.ponte.arquillian;

import it.ponte.api.tenant.TenantId;
import it.ponte.extension.application.PluginService;
import it.ponte.extension.application.TenantScope;
import it.ponte.extension.application.TenantScopes;
import it.ponte.tenancy.application.PlatformStartup;
import it.ponte.tenancy.application.TenantOnboarding;
import it.ponte.tenancy.domain.TenantDescriptorParser;
import it.ponte.tenancy.domain.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Territories for the in-container tests, onboarded through the platform's own registry and
 * migrations. No identity provider runs here: each territory gets a placeholder organization
 * reference first, so onboarding skips Keycloak and does everything else as in production.
 */
@ApplicationScoped
public class Territories {

  /** Lombardia, where every plugin of the distribution may be enabled. */
  public static final String REGION = "03";

  @Inject PlatformStartup startup;

  @Inject TenantRepository repository;

  @Inject TenantOnboarding onboarding;

  @Inject TenantScopes scopes;

  @Inject PluginService plugins;

  /** Waits for the platform's start-up migrations, which run in the background. */
  public void awaitStartup() throws InterruptedException {
    long until = System.currentTimeMillis() + 180_000;
    while (!startup.isDone()) {
      if (System.currentTimeMillis() > until) {
        throw new IllegalStateException("Platform did not finish starting: " + startup.state());
      }
      Thread.sleep(200);
    }
  }

  /** The territory, onboarded (schema, role, tables) on first use. */
  public synchronized TenantId ensure(String id) throws InterruptedException {
    awaitStartup();
    TenantId tenant = TenantId.of(id);
    if (repository.find(tenant).isEmpty()) {
      Map<String, Object> raw = new LinkedHashMap<>();
      raw.put("id", id);
      raw.put("name", "Territorio di prova " + id);
      raw.put("region", REGION);
      raw.put("locale", "it-IT");
      raw.put("timeZone", "Europe/Rome");
      raw.put("zones", List.of("Centro"));
      raw.put("firstInterviewSlaDays", 15);
      var parsed = TenantDescriptorParser.parse(raw);
      if (!parsed.isValid()) {
        throw new IllegalStateException("Test descriptor refused: " + parsed.errors());
      }
      repository.insertProvisioning(parsed.descriptor());
      repository.setIdentityRef(tenant, "arquillian-without-identity-provider");
    }
    if (!onboarding.migrate(tenant, "arquillian")) {
      throw new IllegalStateException("Territory " + id + " could not be onboarded");
    }
    return tenant;
  }

  /** The territory's scope as background work reads it: tenant, region, enabled plugins. */
  public TenantScope scope(TenantId tenant) {
    return scopes.of(tenant).orElseThrow(() -> new IllegalStateException(tenant + " not active"));
  }

  public void enable(TenantId tenant, String pluginId) {
    plugins.enable(tenant, REGION, pluginId, JsonValue.EMPTY_JSON_OBJECT, "arquillian");
  }

  public void disable(TenantId tenant, String pluginId) {
    plugins.disable(tenant, pluginId, "arquillian");
  }
}
