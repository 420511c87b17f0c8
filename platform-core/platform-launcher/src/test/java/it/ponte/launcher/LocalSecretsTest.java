package it.ponte.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalSecretsTest {

  @Test
  void eachDataFolderGetsItsOwnSecretsAndKeepsThem(@TempDir Path one, @TempDir Path two)
      throws Exception {
    LocalSecrets first = LocalSecrets.of(one);
    assertThat(first.adminPassword()).hasSizeGreaterThanOrEqualTo(32).isNotEqualTo("admin");
    assertThat(first.platformClientSecret())
        .hasSizeGreaterThanOrEqualTo(32)
        .isNotEqualTo("ponte-platform-demo-secret");
    assertThat(LocalSecrets.of(one)).as("kept across restarts").isEqualTo(first);
    assertThat(LocalSecrets.of(two).platformClientSecret())
        .isNotEqualTo(first.platformClientSecret());
    assertThat(Files.getPosixFilePermissions(one.resolve("keycloak/secrets.properties")))
        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
  }

  @Test
  void aFolderWhoseKeycloakPredatesTheSecretsKeepsItsValues(@TempDir Path old) throws Exception {
    Files.createDirectories(old.resolve("keycloak"));
    Files.writeString(old.resolve("keycloak/keycloakdb.mv.db"), "");
    LocalSecrets secrets = LocalSecrets.of(old);
    assertThat(secrets.adminPassword()).isEqualTo("admin");
    assertThat(secrets.platformClientSecret()).isEqualTo("ponte-platform-demo-secret");
  }
}
