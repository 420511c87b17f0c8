package it.ponte.demo.infrastructure;

import it.ponte.api.tenant.TenantId;
import it.ponte.demo.domain.DemoRecipe;
import it.ponte.demo.domain.DemoVocabulary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The {@code demo.yaml} recipe next to a declared tenant's {@code tenant.yaml}. */
@ApplicationScoped
public class YamlDemoRecipes {

  static final String FILE_NAME = "demo.yaml";

  @Inject
  @ConfigProperty(name = "ponte.tenants.dir")
  Optional<String> directory;

  private volatile DemoVocabulary vocabulary;

  /** The words demo data draws from, read once from {@code demo/vocabulary.yaml}. */
  public DemoVocabulary vocabulary() {
    DemoVocabulary read = vocabulary;
    if (read == null) {
      try (Reader reader =
          new java.io.InputStreamReader(
              java.util.Objects.requireNonNull(
                  YamlDemoRecipes.class.getResourceAsStream("/demo/vocabulary.yaml"),
                  "demo/vocabulary.yaml"),
              StandardCharsets.UTF_8)) {
        Object yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        read = DemoVocabulary.of((Map<?, ?>) yaml);
        vocabulary = read;
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return read;
  }

  /**
   * The recipe of a tenant, if its folder has one.
   *
   * @throws IllegalArgumentException if the recipe is not readable or not valid
   */
  public Optional<DemoRecipe> recipeOf(TenantId tenant) {
    if (directory.isEmpty() || directory.get().isBlank()) {
      return Optional.empty();
    }
    Path file = Path.of(directory.get()).resolve(tenant.value()).resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Object yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
      if (!(yaml instanceof Map<?, ?> map)) {
        throw new IllegalArgumentException(file + " must contain a YAML mapping");
      }
      return Optional.of(DemoRecipe.of(map));
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }
}
