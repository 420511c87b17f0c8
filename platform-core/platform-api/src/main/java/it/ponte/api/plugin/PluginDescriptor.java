package it.ponte.api.plugin;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a plugin declares about itself.
 *
 * @param id stable id, lower-case letters, digits and hyphens; also its URL segment under {@code
 *     /api/t/{tenant}/plugins/{id}} and the namespace of its configuration
 * @param platformApi range of {@link it.ponte.api.PlatformApi#VERSION} it works with, in Maven
 *     notation: {@code [1.0,2.0)}
 * @param regions ISTAT region codes it may be enabled in; empty for any
 * @param changelog classpath path of its Liquibase changelog, run in a tenant's schema when the
 *     plugin is enabled there; null if it has no tables. Its tables carry the {@code tablePrefix}
 * @param tablePrefix prefix of its tables, e.g. {@code dul_}
 * @param configSchema classpath path of the JSON Schema of its configuration (with defaults); null
 *     if it takes none
 * @param permissions what it does with personal data, shown to the tenant admin who enables it
 */
public record PluginDescriptor(
    String id,
    String name,
    String version,
    String platformApi,
    List<PluginDependency> dependencies,
    Set<String> regions,
    String changelog,
    String tablePrefix,
    String configSchema,
    Set<String> permissions) {

  /** Valid plugin ids. */
  public static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,39}");

  public PluginDescriptor {
    Objects.requireNonNull(id, "id");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("Plugin id '" + id + "' must match " + ID.pattern());
    }
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(platformApi, "platformApi");
    dependencies = dependencies == null ? List.of() : List.copyOf(dependencies);
    regions = regions == null ? Set.of() : Set.copyOf(regions);
    permissions = permissions == null ? Set.of() : Set.copyOf(permissions);
  }
}
