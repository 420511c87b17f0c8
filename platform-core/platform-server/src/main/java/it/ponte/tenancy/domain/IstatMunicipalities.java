package it.ponte.tenancy.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The ISTAT municipalities (comuni) the platform ships, from {@code istat/municipalities.csv}
 * (source and date in its header): the rows of the provinces its territories declare.
 */
public final class IstatMunicipalities {

  /**
   * One municipality.
   *
   * @param code the six-digit ISTAT code (province code and progressive number), e.g. "037006"
   * @param province the province's sigla, e.g. "BO"
   * @param population resident population at the 2011 census
   */
  public record Municipality(String code, String name, String province, int population) {}

  private static final List<Municipality> ALL = load();

  private IstatMunicipalities() {}

  /** The municipalities of the given provinces, by ISTAT code. */
  public static List<Municipality> of(Collection<String> provinces) {
    return ALL.stream().filter(m -> provinces.contains(m.province())).toList();
  }

  /** The provinces the shipped list covers. */
  public static Set<String> provinces() {
    Set<String> provinces = new TreeSet<>();
    ALL.forEach(m -> provinces.add(m.province()));
    return provinces;
  }

  private static List<Municipality> load() {
    List<Municipality> rows = new ArrayList<>();
    try (InputStream in =
            IstatMunicipalities.class.getResourceAsStream("/istat/municipalities.csv");
        BufferedReader r =
            new BufferedReader(
                new InputStreamReader(
                    java.util.Objects.requireNonNull(in, "istat/municipalities.csv"),
                    StandardCharsets.UTF_8))) {
      String line;
      boolean header = true;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] f = line.split(";");
        rows.add(new Municipality(f[0], f[1], f[2], Integer.parseInt(f[3])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(rows);
  }
}
