package it.ponte.extension.domain;

import it.ponte.api.PlatformApi;
import it.ponte.api.plugin.PluginDependency;
import it.ponte.api.plugin.PluginDescriptor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The plugins found at startup, checked as a whole: unique ids, a platform API version each
 * accepts, required dependencies present, no dependency cycle.
 */
public final class InstalledPlugins {

  private final Map<String, PluginDescriptor> byId;
  private final List<String> problems;

  public InstalledPlugins(List<PluginDescriptor> descriptors) {
    this(descriptors, PlatformApi.VERSION);
  }

  InstalledPlugins(List<PluginDescriptor> descriptors, String apiVersion) {
    Map<String, PluginDescriptor> map = new LinkedHashMap<>();
    List<String> found = new ArrayList<>();
    for (PluginDescriptor d : descriptors) {
      if (map.putIfAbsent(d.id(), d) != null) {
        found.add("Plugin id '" + d.id() + "' is declared by two plugins");
      }
    }
    for (PluginDescriptor d : map.values()) {
      try {
        if (!VersionRange.parse(d.platformApi()).contains(apiVersion)) {
          found.add(
              "Plugin '"
                  + d.id()
                  + "' needs platform API "
                  + d.platformApi()
                  + "; this platform has "
                  + apiVersion);
        }
      } catch (IllegalArgumentException e) {
        found.add("Plugin '" + d.id() + "': " + e.getMessage());
      }
      for (PluginDependency dep : d.dependencies()) {
        if (!dep.optional() && !map.containsKey(dep.id())) {
          found.add(
              "Plugin '" + d.id() + "' requires plugin '" + dep.id() + "', which is not installed");
        }
      }
    }
    for (PluginDescriptor d : map.values()) {
      cycleFrom(d.id(), map, new ArrayList<>())
          .ifPresent(cycle -> found.add("Plugin dependency cycle: " + String.join(" -> ", cycle)));
    }
    this.byId = Map.copyOf(map);
    this.problems = found.stream().distinct().toList();
  }

  private static Optional<List<String>> cycleFrom(
      String id, Map<String, PluginDescriptor> map, List<String> path) {
    if (path.contains(id)) {
      List<String> cycle = new ArrayList<>(path.subList(path.indexOf(id), path.size()));
      cycle.add(id);
      // Report each cycle once, starting from its smallest id.
      return cycle.get(0).equals(cycle.stream().min(String::compareTo).orElseThrow())
          ? Optional.of(cycle)
          : Optional.empty();
    }
    if (!map.containsKey(id)) {
      return Optional.empty();
    }
    path.add(id);
    for (PluginDependency dep : map.get(id).dependencies()) {
      Optional<List<String>> cycle = cycleFrom(dep.id(), map, path);
      if (cycle.isPresent()) {
        return cycle;
      }
    }
    path.remove(path.size() - 1);
    return Optional.empty();
  }

  /** What is wrong with the installed plugins; empty when they can run. */
  public List<String> problems() {
    return problems;
  }

  public Optional<PluginDescriptor> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Installed plugins by id, sorted. */
  public List<PluginDescriptor> all() {
    return byId.values().stream()
        .sorted(java.util.Comparator.comparing(PluginDescriptor::id))
        .toList();
  }

  /**
   * Why a tenant cannot enable a plugin with these other plugins enabled, or empty if it can.
   *
   * @param region the tenant's ISTAT region
   */
  public Optional<String> refusal(String pluginId, String region, Set<String> enabled) {
    PluginDescriptor d = byId.get(pluginId);
    if (d == null) {
      return Optional.of("No plugin '" + pluginId + "' is installed");
    }
    if (!d.regions().isEmpty() && !d.regions().contains(region)) {
      return Optional.of(
          "Plugin '"
              + pluginId
              + "' may be enabled only in regions "
              + new java.util.TreeSet<>(d.regions())
              + "; this territory is in region "
              + region);
    }
    for (PluginDependency dep : d.dependencies()) {
      if (!dep.optional() && !enabled.contains(dep.id())) {
        return Optional.of(
            "Plugin '" + pluginId + "' requires plugin '" + dep.id() + "' to be enabled first");
      }
    }
    return Optional.empty();
  }

  /** Enabled plugins that require {@code pluginId}: it cannot be disabled while they are on. */
  public List<String> dependents(String pluginId, Set<String> enabled) {
    return enabled.stream()
        .filter(
            other ->
                byId.containsKey(other)
                    && byId.get(other).dependencies().stream()
                        .anyMatch(dep -> !dep.optional() && dep.id().equals(pluginId)))
        .sorted()
        .toList();
  }
}
