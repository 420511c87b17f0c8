package it.ponte.tenancy.domain;

import it.ponte.tenancy.domain.IstatMunicipalities.Municipality;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The ISTAT municipalities of a territory's provinces, each in one of its zones: the zone of a
 * person follows from where they live. Built by {@link TenantDescriptorParser}, which checks that
 * every name is a municipality of the provinces and every zone one of the territory's.
 *
 * @param provinces the provinces' siglas, e.g. ["BO"]
 * @param zones zone to the names of its municipalities, as the descriptor lists them
 * @param otherwise the zone of every municipality of the provinces not listed; null when each is
 */
public record TerritoryMunicipalities(
    List<String> provinces, Map<String, List<String>> zones, String otherwise) {

  /** A municipality of the territory and its zone. */
  public record Place(String code, String name, String zone, int population) {}

  public TerritoryMunicipalities {
    provinces = List.copyOf(provinces);
    Map<String, List<String>> copy = new LinkedHashMap<>();
    zones.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    zones = java.util.Collections.unmodifiableMap(copy);
  }

  /** Every municipality of the provinces with its zone, by ISTAT code. */
  public List<Place> places() {
    Map<String, String> zoneOf = new HashMap<>();
    zones.forEach((zone, names) -> names.forEach(n -> zoneOf.put(key(n), zone)));
    List<Place> places = new ArrayList<>();
    for (Municipality m : IstatMunicipalities.of(provinces)) {
      String zone = zoneOf.getOrDefault(key(m.name()), otherwise);
      if (zone != null) {
        places.add(new Place(m.code(), m.name(), zone, m.population()));
      }
    }
    return places;
  }

  /**
   * The municipality with this ISTAT code or name (letter case, accents and apostrophes aside), if
   * it is one of the territory's.
   */
  public Optional<Place> find(String codeOrName) {
    if (codeOrName == null || codeOrName.isBlank()) {
      return Optional.empty();
    }
    String wanted = key(codeOrName);
    return places().stream()
        .filter(p -> p.code().equals(codeOrName.strip()) || key(p.name()).equals(wanted))
        .findFirst();
  }

  /** A name as compared: lower case, without accents, apostrophes as spaces, spaces collapsed. */
  static String key(String name) {
    String plain =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replace('\u2019', '\'')
            .replace('\'', ' ')
            .replace('-', ' ');
    return plain.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }

  /** The plain-map form of the descriptor's {@code municipalities} field. */
  Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("provinces", provinces);
    map.put("zones", zones);
    if (otherwise != null) {
      map.put("otherwise", otherwise);
    }
    return map;
  }
}
