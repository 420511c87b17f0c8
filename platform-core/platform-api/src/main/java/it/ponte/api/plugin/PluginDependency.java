package it.ponte.api.plugin;

import java.util.Objects;

/**
 * Another plugin this one uses.
 *
 * @param optional an optional dependency is used when enabled; a required one must be enabled for
 *     the same tenant first
 */
public record PluginDependency(String id, boolean optional) {

  public PluginDependency {
    Objects.requireNonNull(id, "id");
  }

  public static PluginDependency requires(String id) {
    return new PluginDependency(id, false);
  }

  public static PluginDependency uses(String id) {
    return new PluginDependency(id, true);
  }
}
