package it.ponte.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Installs plugins the way a distribution does: a copy of the platform WAR with the plugin jars in
 * its {@code WEB-INF/lib}, where the platform finds them at startup. The platform's own build never
 * depends on a plugin.
 */
final class PluginBundle {

  private PluginBundle() {}

  /** Writes {@code target}: the entries of {@code war} plus each jar under WEB-INF/lib. */
  static Path bundle(Path war, List<Path> jars, Path target) {
    try {
      Files.createDirectories(target.getParent());
      try (ZipInputStream in = new ZipInputStream(Files.newInputStream(war));
          OutputStream file = Files.newOutputStream(target);
          ZipOutputStream out = new ZipOutputStream(file)) {
        ZipEntry entry;
        while ((entry = in.getNextEntry()) != null) {
          out.putNextEntry(new ZipEntry(entry.getName()));
          in.transferTo(out);
          out.closeEntry();
        }
        for (Path jar : jars) {
          if (!Files.isRegularFile(jar)) {
            throw new IOException("Plugin jar " + jar + " does not exist");
          }
          out.putNextEntry(new ZipEntry("WEB-INF/lib/" + jar.getFileName()));
          try (InputStream plugin = Files.newInputStream(jar)) {
            plugin.transferTo(out);
          }
          out.closeEntry();
        }
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Could not bundle plugins into " + target + ": " + e.getMessage(), e);
    }
  }
}
