package it.ponte.extension.application;

import it.ponte.api.plugin.ConfigSchema;
import it.ponte.api.plugin.Extension;
import it.ponte.api.plugin.Plugin;
import it.ponte.api.plugin.PluginDescriptor;
import it.ponte.extension.domain.InstalledPlugins;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The plugins installed in this application (CDI beans implementing {@link Plugin}) and their
 * extensions, found once. The core asks it for a plugin's extensions and filters them by the
 * tenant's enablement; plugins never do.
 */
@ApplicationScoped
public class PluginRegistry {

  @Inject @Any Instance<Plugin> plugins;

  @Inject @Any Instance<Extension> extensions;

  private volatile InstalledPlugins installed;

  private final Map<String, ConfigSchema> schemas = new ConcurrentHashMap<>();

  /** The installed plugins, checked as a whole. */
  public InstalledPlugins installed() {
    InstalledPlugins current = installed;
    if (current == null) {
      List<PluginDescriptor> descriptors = new ArrayList<>();
      for (Plugin plugin : plugins) {
        descriptors.add(plugin.descriptor());
      }
      current = new InstalledPlugins(descriptors);
      installed = current;
    }
    return current;
  }

  public Optional<PluginDescriptor> find(String id) {
    return installed().find(id);
  }

  /** The extensions of one kind that belong to the given plugins, in plugin id order. */
  public <T extends Extension> List<T> extensions(Class<T> kind, java.util.Collection<String> of) {
    List<T> result = new ArrayList<>();
    for (Extension e : extensions) {
      if (kind.isInstance(e) && of.contains(e.pluginId())) {
        result.add(kind.cast(e));
      }
    }
    result.sort(java.util.Comparator.comparing(Extension::pluginId));
    return result;
  }

  /** Ids of the installed plugins that have at least one extension of the given kind. */
  public List<String> pluginsWith(Class<? extends Extension> kind) {
    List<String> ids = new ArrayList<>();
    for (Extension e : extensions) {
      if (kind.isInstance(e) && !ids.contains(e.pluginId())) {
        ids.add(e.pluginId());
      }
    }
    return ids;
  }

  /** The configuration schema of an installed plugin. */
  public ConfigSchema schema(String pluginId) {
    return schemas.computeIfAbsent(pluginId, this::loadSchema);
  }

  private ConfigSchema loadSchema(String pluginId) {
    PluginDescriptor d = find(pluginId).orElseThrow();
    if (d.configSchema() == null) {
      return ConfigSchema.NONE;
    }
    String path =
        d.configSchema().startsWith("/") ? d.configSchema().substring(1) : d.configSchema();
    try {
      return ConfigSchema.read(pluginClassLoader(pluginId), path);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "Plugin '" + pluginId + "' declares config schema " + path + ", which is not in its jar",
          e);
    } catch (java.io.UncheckedIOException | jakarta.json.JsonException e) {
      throw new IllegalStateException(
          "Plugin '"
              + pluginId
              + "': config schema "
              + path
              + " is not readable JSON: "
              + e.getMessage(),
          e);
    }
  }

  private ClassLoader pluginClassLoader(String pluginId) {
    for (Plugin plugin : plugins) {
      if (plugin.descriptor().id().equals(pluginId)) {
        return plugin.getClass().getClassLoader();
      }
    }
    return PluginRegistry.class.getClassLoader();
  }

  /**
   * The plugin ids with every required dependency before the plugins that need it (otherwise by
   * id), the order in which a territory's plugins are enabled, at startup and at onboarding alike.
   */
  public List<String> inDependencyOrder(java.util.Collection<String> ids) {
    List<String> ordered = new ArrayList<>();
    List<String> left = new ArrayList<>(ids.stream().sorted().toList());
    while (!left.isEmpty()) {
      boolean progress = false;
      for (String id : List.copyOf(left)) {
        PluginDescriptor d = find(id).orElseThrow();
        boolean ready =
            d.dependencies().stream()
                .filter(dep -> !dep.optional() && ids.contains(dep.id()))
                .map(it.ponte.api.plugin.PluginDependency::id)
                .allMatch(ordered::contains);
        if (ready) {
          ordered.add(id);
          left.remove(id);
          progress = true;
        }
      }
      if (!progress) {
        ordered.addAll(left);
        break;
      }
    }
    return ordered;
  }
}
