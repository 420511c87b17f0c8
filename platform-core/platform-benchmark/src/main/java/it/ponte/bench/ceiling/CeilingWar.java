package it.ponte.bench.ceiling;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Packs the ceiling application's classes, as compiled here, into a WAR for Payara Micro. */
public final class CeilingWar {

  /** Where the benchmarks deploy it. */
  public static final String CONTEXT_ROOT = "/ceiling";

  /** By name: loading them here would need the JAX-RS API, which only the server has. */
  private static final List<String> CLASSES =
      List.of("CeilingApplication", "CeilingResource", "CeilingResource$Company");

  private CeilingWar() {}

  /** Writes the WAR to {@code target} and returns it. */
  public static Path write(Path target) throws IOException {
    Files.createDirectories(target.getParent());
    try (OutputStream out = Files.newOutputStream(target);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (String name : CLASSES) {
        String resource = "it/ponte/bench/ceiling/" + name + ".class";
        zip.putNextEntry(new ZipEntry("WEB-INF/classes/" + resource));
        try (InputStream in = CeilingWar.class.getClassLoader().getResourceAsStream(resource)) {
          if (in == null) {
            throw new IOException("Class file not found: " + resource);
          }
          in.transferTo(zip);
        }
        zip.closeEntry();
      }
    }
    return target;
  }
}
