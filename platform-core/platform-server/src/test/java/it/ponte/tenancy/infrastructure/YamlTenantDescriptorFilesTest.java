package it.ponte.tenancy.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import it.ponte.tenancy.domain.TenantDescriptorSource.Declared;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YamlTenantDescriptorFilesTest {

  /** The repository's own tenants/ folder, from this module's directory. */
  private static final Path REPOSITORY_TENANTS = Path.of("../../tenants");

  @Test
  void theShippedDescriptorsAreValid() {
    List<Declared> declared = YamlTenantDescriptorFiles.readDirectory(REPOSITORY_TENANTS);

    assertThat(declared).extracting(Declared::problems).allSatisfy(p -> assertThat(p).isEmpty());
    assertThat(declared)
        .extracting(d -> d.descriptor().id().value())
        .containsExactly("bergamo", "bologna");
    var bergamo = declared.get(0).descriptor();
    assertThat(bergamo.region()).isEqualTo("03");
    assertThat(bergamo.zones()).contains("Valle Seriana", "Isola").hasSize(7);
    assertThat(bergamo.municipalities().places()).hasSize(243);
    assertThat(bergamo.municipalities().find("Nembro").orElseThrow().zone())
        .isEqualTo("Valle Seriana");
    var bologna = declared.get(1).descriptor();
    assertThat(bologna.municipalities().places()).hasSize(55);
    assertThat(bologna.municipalities().find("Dozza").orElseThrow().zone()).isEqualTo("Imola");
    assertThat(bergamo.scales().get("employability")).hasSize(4);
    assertThat(declared.get(1).descriptor().region()).isEqualTo("08");
  }

  @Test
  void namesTheFileAndFieldOfAnInvalidDescriptor(@TempDir Path dir) throws Exception {
    Path file =
        write(
            dir,
            "lecco",
            "id: lecco\nname: Lecco\nregion: \"03\"\nlocale: it-IT\ntimeZone: Europe/Nowhere\nzones: []\nfirstInterviewSlaDays: 10\n");

    Declared declared = YamlTenantDescriptorFiles.readFile(file);

    assertThat(declared.isValid()).isFalse();
    assertThat(declared.source()).isEqualTo(file.toString());
    assertThat(declared.problems()).singleElement().asString().startsWith("field /timeZone:");
  }

  @Test
  void refusesAnIdThatDiffersFromItsFolder(@TempDir Path dir) throws Exception {
    Path file =
        write(
            dir,
            "como",
            "id: lecco\nname: Lecco\nregion: \"03\"\nlocale: it-IT\ntimeZone: Europe/Rome\nzones: []\nfirstInterviewSlaDays: 10\n");

    assertThat(YamlTenantDescriptorFiles.readFile(file).problems())
        .singleElement()
        .asString()
        .contains("folder name 'como'");
  }

  @Test
  void refusesBrokenYamlAndDuplicateKeys(@TempDir Path dir) throws Exception {
    assertThat(YamlTenantDescriptorFiles.readFile(write(dir, "a1", "id: [unclosed")).isValid())
        .isFalse();
    assertThat(YamlTenantDescriptorFiles.readFile(write(dir, "a2", "id: a2\nid: a3\n")).problems())
        .singleElement()
        .asString()
        .startsWith("not readable YAML");
  }

  @Test
  void aMissingFolderDeclaresNothing(@TempDir Path dir) {
    assertThat(YamlTenantDescriptorFiles.readDirectory(dir.resolve("absent"))).isEmpty();
  }

  private static Path write(Path dir, String folder, String yaml) throws Exception {
    Path file = dir.resolve(folder).resolve("tenant.yaml");
    Files.createDirectories(file.getParent());
    Files.writeString(file, yaml);
    return file;
  }
}
