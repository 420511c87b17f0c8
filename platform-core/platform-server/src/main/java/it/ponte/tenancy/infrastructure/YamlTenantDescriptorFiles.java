package it.ponte.tenancy.infrastructure;

import it.ponte.tenancy.domain.TenantDescriptorParser;
import it.ponte.tenancy.domain.TenantDescriptorSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads {@code <dir>/<id>/tenant.yaml} files (the repository's {@code tenants/} folder, or a
 * ConfigMap mounted by the Helm chart). A file's folder name must equal the id it declares.
 */
@ApplicationScoped
public class YamlTenantDescriptorFiles implements TenantDescriptorSource {

  static final String FILE_NAME = "tenant.yaml";

  @Inject
  @ConfigProperty(name = "ponte.tenants.dir")
  Optional<String> directory;

  @Override
  public List<Declared> read() {
    if (directory.isEmpty() || directory.get().isBlank()) {
      return List.of();
    }
    return readDirectory(Path.of(directory.get()));
  }

  /**
   * Reads the {@code tenant.yaml} of every sub-folder of {@code dir}; a missing folder declares
   * nothing.
   */
  public static List<Declared> readDirectory(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<Declared> result = new ArrayList<>();
    try (Stream<Path> folders = Files.list(dir)) {
      for (Path folder : folders.sorted().toList()) {
        Path file = folder.resolve(FILE_NAME);
        if (Files.isRegularFile(file)) {
          result.add(readFile(file));
        }
      }
    } catch (IOException e) {
      result.add(
          new Declared(dir.toString(), null, List.of("cannot list folder: " + e.getMessage())));
    }
    return result;
  }

  /** Reads and checks one descriptor file. */
  public static Declared readFile(Path file) {
    String source = file.toString();
    Object yaml;
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(false);
      options.setMaxAliasesForCollections(10);
      yaml = new Yaml(new SafeConstructor(options)).load(reader);
    } catch (IOException | RuntimeException e) {
      return new Declared(source, null, List.of("not readable YAML: " + e.getMessage()));
    }
    if (!(yaml instanceof Map<?, ?> map)) {
      return new Declared(
          source, null, List.of("must contain a YAML mapping of descriptor fields"));
    }
    TenantDescriptorParser.Result parsed = TenantDescriptorParser.parse(map);
    if (!parsed.isValid()) {
      return new Declared(
          source,
          null,
          parsed.errors().stream().map(e -> "field " + e.pointer() + ": " + e.detail()).toList());
    }
    String folder = file.getParent().getFileName().toString();
    if (!folder.equals(parsed.descriptor().id().value())) {
      return new Declared(
          source,
          null,
          List.of(
              "field /id: '"
                  + parsed.descriptor().id()
                  + "' differs from its folder name '"
                  + folder
                  + "'"));
    }
    return new Declared(source, parsed.descriptor(), List.of());
  }
}
