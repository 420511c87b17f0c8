package it.ponte.console;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text of the console comes from the catalogues, and both languages have every text. */
class CataloguesTest {

  private static final Path CONSOLE = Path.of("src/main/resources/META-INF/resources/console");

  private static Set<String> keys(String language) throws IOException {
    try (InputStream in = Files.newInputStream(CONSOLE.resolve("i18n/" + language + ".json"))) {
      JsonObject catalogue = Json.createReader(in).readObject();
      catalogue.values().forEach(v -> assertThat(v.toString()).isNotBlank());
      return new TreeSet<>(catalogue.keySet());
    }
  }

  @Test
  void italianAndEnglishHaveTheSameTexts() throws IOException {
    assertThat(keys("en")).isEqualTo(keys("it"));
  }

  @Test
  void everyTextTheComponentsAskForIsInTheCatalogue() throws IOException {
    Set<String> it = keys("it");
    Pattern literal = Pattern.compile("\\bt\\('([a-zA-Z0-9.]+)'");
    Set<String> used = new TreeSet<>();
    try (Stream<Path> files = Files.walk(CONSOLE)) {
      for (Path js : files.filter(p -> p.toString().endsWith(".js")).toList()) {
        Matcher m = literal.matcher(Files.readString(js));
        while (m.find()) {
          used.add(m.group(1));
        }
      }
    }
    assertThat(used).isNotEmpty();
    assertThat(it).containsAll(used);
  }

  @Test
  void everyValueOfTheApiTheConsoleShowsHasItsWords() throws IOException {
    Set<String> it = keys("it");
    String ui = Files.readString(CONSOLE.resolve("components/ui.js"));
    String enums =
        ui.substring(
            ui.indexOf("export const ENUMS"), ui.indexOf("};", ui.indexOf("export const ENUMS")));
    Matcher kinds = Pattern.compile("(\\w+): \\[([^\\]]*)\\]").matcher(enums);
    Set<String> needed = new TreeSet<>();
    while (kinds.find()) {
      Matcher values = Pattern.compile("'([A-Z0-9_]+)'").matcher(kinds.group(2));
      while (values.find()) {
        needed.add(kinds.group(1) + "." + values.group(1));
      }
    }
    assertThat(needed).hasSizeGreaterThan(100);
    assertThat(it).containsAll(needed);
  }
}
