package it.ponte.bench.ceiling;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Packs the ceiling application's classes and descriptors, as compiled here, into a WAR for Payara
 * Micro.
 */
public final class CeilingWar {

  /** Where the benchmarks deploy it. */
  public static final String CONTEXT_ROOT = "/ceiling";

  /** By name: loading them here would need the Jakarta EE APIs, which only the server has. */
  private static final List<String> CLASSES =
      List.of(
          "CeilingApplication",
          "CeilingResource",
          "CeilingResource$Company",
          "StackCeilingResource",
          "JdbcCeilingResource",
          "StackCompany",
          "StackVacancy");

  /** The stack ceiling's pool and persistence unit: where they are here, where in the WAR. */
  private static final Map<String, String> DESCRIPTORS =
      Map.of(
          "it/ponte/bench/ceiling/web.xml", "WEB-INF/web.xml",
          "it/ponte/bench/ceiling/persistence.xml", "WEB-INF/classes/META-INF/persistence.xml");

  private CeilingWar() {}

  /** Writes the WAR to {@code target} and returns it. */
  public static Path write(Path target) throws IOException {
    Files.createDirectories(target.getParent());
    try (OutputStream out = Files.newOutputStream(target);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (String name : CLASSES) {
        String resource = "it/ponte/bench/ceiling/" + name + ".class";
        copy(resource, "WEB-INF/classes/" + resource, zip);
      }
      for (Map.Entry<String, String> d : new TreeMap<>(DESCRIPTORS).entrySet()) {
        copy(d.getKey(), d.getValue(), zip);
      }
      // The JDBC driver, as Ponte's WAR carries it (the server has none of its own).
      zip.putNextEntry(new ZipEntry("WEB-INF/lib/postgresql.jar"));
      Files.copy(driverJar(), zip);
      zip.closeEntry();
    }
    return target;
  }

  /** The PostgreSQL driver's jar on this class path (the benchmarks use it for the SQL alone). */
  private static Path driverJar() throws IOException {
    try {
      return Path.of(
          Class.forName("org.postgresql.Driver")
              .getProtectionDomain()
              .getCodeSource()
              .getLocation()
              .toURI());
    } catch (ClassNotFoundException | java.net.URISyntaxException e) {
      throw new IOException("The PostgreSQL driver's jar was not found", e);
    }
  }

  private static void copy(String resource, String entry, ZipOutputStream zip) throws IOException {
    zip.putNextEntry(new ZipEntry(entry));
    try (InputStream in = CeilingWar.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("Not found on the class path: " + resource);
      }
      in.transferTo(zip);
    }
    zip.closeEntry();
  }
}
