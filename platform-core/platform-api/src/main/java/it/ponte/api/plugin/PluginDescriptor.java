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
 *     notation: {@code [2.0,3.0)}
 * @param regions ISTAT region codes it may be enabled in; empty for any
 * @param changelog classpath path of its Liquibase changelog, run in a tenant's schema when the
 *     plugin is enabled there; null if it has no tables. Its tables carry the {@code tablePrefix}
 * @param tablePrefix prefix of its tables, e.g. {@code dul_}
 * @param configSchema classpath path of the JSON Schema of its configuration (with defaults); null
 *     if it takes none
 * @param permissions what it does with personal data, shown to the tenant admin who enables it
 *     <p>Plugins build it with {@link #builder}: a later minor version of the SPI adds builder
 *     methods with defaults, so a plugin written today keeps compiling.
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

  /** A descriptor for the plugin with this id, name and version; the rest has defaults. */
  public static Builder builder(String id, String name, String version) {
    return new Builder(id, name, version);
  }

  /**
   * Builds a descriptor. Defaults: platform API {@code [2.0,3.0)}, no dependencies, any region, no
   * tables, no configuration, no personal data.
   */
  public static final class Builder {
    private final String id;
    private final String name;
    private final String version;
    private String platformApi = "[2.0,3.0)";
    private final List<PluginDependency> dependencies = new java.util.ArrayList<>();
    private final java.util.Set<String> regions = new java.util.TreeSet<>();
    private String changelog;
    private String tablePrefix;
    private String configSchema;
    private final java.util.Set<String> permissions = new java.util.LinkedHashSet<>();

    private Builder(String id, String name, String version) {
      this.id = id;
      this.name = name;
      this.version = version;
    }

    /** The range of platform API versions it works with, in Maven notation. */
    public Builder platformApi(String range) {
      this.platformApi = range;
      return this;
    }

    public Builder dependsOn(PluginDependency dependency) {
      this.dependencies.add(dependency);
      return this;
    }

    /** ISTAT region codes it may be enabled in (none given: any region). */
    public Builder regions(String... codes) {
      this.regions.addAll(List.of(codes));
      return this;
    }

    /** Its tables: the Liquibase changelog on the classpath and the prefix they carry. */
    public Builder tables(String changelog, String tablePrefix) {
      this.changelog = changelog;
      this.tablePrefix = tablePrefix;
      return this;
    }

    /** The classpath path of its configuration's JSON Schema. */
    public Builder configSchema(String path) {
      this.configSchema = path;
      return this;
    }

    /** What it does with personal data, in a sentence shown to the admin who enables it. */
    public Builder permission(String sentence) {
      this.permissions.add(sentence);
      return this;
    }

    public PluginDescriptor build() {
      return new PluginDescriptor(
          id,
          name,
          version,
          platformApi,
          dependencies,
          regions,
          changelog,
          tablePrefix,
          configSchema,
          permissions);
    }
  }
}
