package it.ponte.launcher;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The secrets of a local Keycloak: the bootstrap administrator's password and the platform client's
 * secret. Made at random the first time a data folder is used and kept in it ({@code
 * keycloak/secrets.properties}, readable by its owner only), so no two installations share them and
 * none is in the source. A data folder whose Keycloak database predates this file keeps the values
 * it was created with.
 */
public record LocalSecrets(String adminPassword, String platformClientSecret) {

  /** What the realm file says where the platform client's secret goes. */
  static final String CLIENT_SECRET_PLACEHOLDER = "${PONTE_PLATFORM_CLIENT_SECRET}";

  /** Values of data folders made before the secrets were generated. */
  private static final LocalSecrets LEGACY =
      new LocalSecrets("admin", "ponte-platform-demo-secret");

  /** The secrets of a data folder, made and saved on first use. */
  public static LocalSecrets of(Path dataDir) {
    Path keycloak = dataDir.resolve("keycloak");
    Path file = keycloak.resolve("secrets.properties");
    try {
      Files.createDirectories(keycloak);
      if (Files.isRegularFile(file)) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
          p.load(r);
        }
        return new LocalSecrets(
            p.getProperty("admin-password"), p.getProperty("platform-client-secret"));
      }
      boolean existingDatabase;
      try (var files = Files.list(keycloak)) {
        existingDatabase = files.anyMatch(f -> f.getFileName().toString().startsWith("keycloakdb"));
      }
      LocalSecrets secrets = existingDatabase ? LEGACY : new LocalSecrets(random(), random());
      Properties p = new Properties();
      p.setProperty("admin-password", secrets.adminPassword());
      p.setProperty("platform-client-secret", secrets.platformClientSecret());
      Files.createFile(file);
      try {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // Not a POSIX file system: the folder's own permissions apply.
      }
      try (Writer w = Files.newBufferedWriter(file)) {
        p.store(w, "Local Keycloak secrets of this data folder, made on first start");
      }
      return secrets;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or make " + file, e);
    }
  }

  private static String random() {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
