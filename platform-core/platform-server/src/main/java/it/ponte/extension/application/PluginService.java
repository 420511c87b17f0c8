package it.ponte.extension.application;

import it.ponte.api.plugin.ConfigSchema;
import it.ponte.api.plugin.PluginDescriptor;
import it.ponte.api.tenant.TenantId;
import it.ponte.extension.domain.Enablement;
import it.ponte.extension.domain.PluginEnablements;
import it.ponte.extension.infrastructure.PluginSchemas;
import it.ponte.platform.application.ProblemException;
import it.ponte.platform.domain.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Enables, configures and disables plugins for a tenant, without a restart. Never call it inside a
 * tenant transaction: it reads and writes the platform schema.
 */
@ApplicationScoped
public class PluginService {

  /** Looked up once: each {@code Json.create...} call searches the class path for a provider. */
  private static final JsonProvider JSON = JsonProvider.provider();

  /**
   * How long an instance trusts its copy of a tenant's enabled plugins. Changes made on this
   * instance apply at once; other instances see them within this time.
   */
  static final Duration CACHE_TTL = Duration.ofSeconds(5);

  @Inject PluginRegistry registry;

  @Inject PluginEnablements enablements;

  @Inject PluginSchemas schemas;

  private record Cached(Map<String, JsonObject> enabled, List<String> ever, long at) {}

  private final Map<TenantId, Cached> cache = new ConcurrentHashMap<>();

  /**
   * Changes made on this instance, per tenant. A read that began before a change must not leave its
   * copy in the cache after the change: it puts its copy, then checks this count and takes the copy
   * out again if a change came in between (see {@link #load}).
   */
  private final Map<TenantId, java.util.concurrent.atomic.AtomicLong> changes =
      new ConcurrentHashMap<>();

  /** A plugin as a tenant sees it. */
  public record PluginState(
      PluginDescriptor descriptor, boolean enabled, JsonObject config, OffsetDateTime changedAt) {}

  /** Every installed plugin and its state in the tenant. */
  public List<PluginState> list(TenantId tenant) {
    Map<String, Enablement> stored = new LinkedHashMap<>();
    enablements.ofTenant(tenant).forEach(e -> stored.put(e.pluginId(), e));
    return registry.installed().all().stream()
        .map(
            d -> {
              Enablement e = stored.get(d.id());
              return e == null
                  ? new PluginState(d, false, null, null)
                  : new PluginState(d, e.enabled(), parse(e.config()), e.changedAt());
            })
        .toList();
  }

  /** A recorded change of the plugin's state here, its configuration parsed. */
  public record Change(String action, JsonObject config, OffsetDateTime at, String actor) {}

  /** The plugin's changes here, newest first (the last {@code limit}); 404 when not installed. */
  public List<Change> history(TenantId tenant, String pluginId, int limit) {
    get(tenant, pluginId);
    return enablements.history(tenant, pluginId, limit).stream()
        .map(
            c ->
                new Change(
                    c.action(), c.config() == null ? null : parse(c.config()), c.at(), c.actor()))
        .toList();
  }

  /** The schema of a plugin's configuration. */
  public ConfigSchema schema(String pluginId) {
    return registry.schema(pluginId);
  }

  public PluginState get(TenantId tenant, String pluginId) {
    return list(tenant).stream()
        .filter(s -> s.descriptor().id().equals(pluginId))
        .findFirst()
        .orElseThrow(() -> ProblemException.notFound("Plugin " + pluginId));
  }

  /**
   * Enables a plugin with a configuration, or changes the configuration of an enabled one. The
   * configuration is checked against the plugin's schema, the region and dependency rules are
   * checked, the plugin's migrations run in the tenant's schema, and only then is it enabled: a
   * failure at any step leaves it as it was.
   *
   * @param region the tenant's ISTAT region
   */
  public PluginState enable(
      TenantId tenant, String region, String pluginId, JsonObject config, String actor) {
    PluginDescriptor plugin =
        registry.find(pluginId).orElseThrow(() -> ProblemException.notFound("Plugin " + pluginId));
    ConfigSchema.Result checked = registry.schema(pluginId).validate(config);
    if (!checked.isValid()) {
      throw ProblemException.validation(
          checked.errors().stream().map(e -> new FieldError(e.pointer(), e.detail())).toList());
    }
    Map<String, JsonObject> enabled = enabledPlugins(tenant, false);
    Optional<String> refusal = registry.installed().refusal(pluginId, region, enabled.keySet());
    if (refusal.isPresent()) {
      throw new ProblemException(
          422, "plugin-refused", "Plugin cannot be enabled", refusal.get() + ".");
    }
    boolean wasEnabled = enabled.containsKey(pluginId);
    schemas.prepare(tenant, plugin, !wasEnabled);
    enablements.save(
        tenant,
        new Enablement(pluginId, true, checked.config().toString(), OffsetDateTime.now(), actor),
        wasEnabled ? "CONFIGURE" : "ENABLE");
    changed(tenant);
    return get(tenant, pluginId);
  }

  /** Disables a plugin for a tenant; its data and configuration stay for a later enable. */
  public PluginState disable(TenantId tenant, String pluginId, String actor) {
    registry.find(pluginId).orElseThrow(() -> ProblemException.notFound("Plugin " + pluginId));
    Map<String, JsonObject> enabled = enabledPlugins(tenant, false);
    if (!enabled.containsKey(pluginId)) {
      return get(tenant, pluginId);
    }
    List<String> dependents = registry.installed().dependents(pluginId, enabled.keySet());
    if (!dependents.isEmpty()) {
      throw ProblemException.conflict(
          "plugin-required",
          "Plugin '"
              + pluginId
              + "' is required by enabled plugins "
              + dependents
              + "; disable them first.");
    }
    enablements.save(
        tenant,
        new Enablement(
            pluginId, false, enabled.get(pluginId).toString(), OffsetDateTime.now(), actor),
        "DISABLE");
    changed(tenant);
    return get(tenant, pluginId);
  }

  /** The tenant's enabled and installed plugins with their configuration. */
  /** The installed plugins enabled in every tenant, in one read of the platform schema. */
  public Map<TenantId, List<String>> enabledIdsByTenant() {
    Map<TenantId, List<String>> result = new LinkedHashMap<>();
    enablements
        .enabledByTenant()
        .forEach(
            (tenant, ids) ->
                result.put(
                    tenant, ids.stream().filter(id -> registry.find(id).isPresent()).toList()));
    return result;
  }

  public Map<String, JsonObject> enabledPlugins(TenantId tenant) {
    return enabledPlugins(tenant, true);
  }

  private Map<String, JsonObject> enabledPlugins(TenantId tenant, boolean cached) {
    return load(tenant, cached).enabled();
  }

  private Cached load(TenantId tenant, boolean cached) {
    long now = System.nanoTime();
    Cached hit = cache.get(tenant);
    if (cached && hit != null && now - hit.at() < CACHE_TTL.toNanos()) {
      return hit;
    }
    long changesBefore = changesOf(tenant).get();
    Map<String, JsonObject> enabled = new LinkedHashMap<>();
    List<String> ever = new java.util.ArrayList<>();
    for (Enablement e : enablements.ofTenant(tenant)) {
      if (registry.find(e.pluginId()).isEmpty()) {
        continue;
      }
      ever.add(e.pluginId());
      if (e.enabled()) {
        enabled.put(e.pluginId(), parse(e.config()));
      }
    }
    Cached result = new Cached(Map.copyOf(enabled), List.copyOf(ever), now);
    cache.put(tenant, result);
    if (changesOf(tenant).get() != changesBefore) {
      // A change committed while this read ran: its copy may predate it.
      cache.remove(tenant, result);
    }
    return result;
  }

  /**
   * The installed plugins that ever held data for the tenant: enabled now or once (disabling keeps
   * a plugin's data, so a person's export and erasure must still reach it).
   */
  public List<String> everEnabled(TenantId tenant) {
    return load(tenant, true).ever();
  }

  private java.util.concurrent.atomic.AtomicLong changesOf(TenantId tenant) {
    return changes.computeIfAbsent(tenant, t -> new java.util.concurrent.atomic.AtomicLong());
  }

  /** After a change is stored: counted first, so that reads under way drop their copies. */
  private void changed(TenantId tenant) {
    changesOf(tenant).incrementAndGet();
    cache.remove(tenant);
  }

  /** Whether a plugin is enabled for a tenant. */
  public boolean isEnabled(TenantId tenant, String pluginId) {
    return enabledPlugins(tenant).containsKey(pluginId);
  }

  private static JsonObject parse(String json) {
    return JSON.createReader(new StringReader(json)).readObject();
  }
}
