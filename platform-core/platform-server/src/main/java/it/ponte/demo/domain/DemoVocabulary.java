package it.ponte.demo.domain;

import it.ponte.candidate.domain.Assessment;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The words demo data draws from ({@code demo/vocabulary.yaml}): common first names and surnames,
 * citizenships, words for company names, ATECO codes and ISTAT CP2021 professions by sector.
 */
public record DemoVocabulary(
    List<String> female,
    List<String> male,
    List<String> surnames,
    List<String> foreignCitizenships,
    List<String> companyWords,
    List<String> ateco,
    Map<Assessment.Sector, List<String>> professionsBySector) {

  public DemoVocabulary {
    for (Assessment.Sector sector : Assessment.Sector.values()) {
      if (professionsBySector.getOrDefault(sector, List.of()).isEmpty()) {
        throw new IllegalArgumentException("no professions for the sector " + sector);
      }
    }
  }

  /** The professions of a sector (never empty). */
  public List<String> professions(Assessment.Sector sector) {
    return professionsBySector.get(sector);
  }

  /** Reads the vocabulary from parsed YAML; every list is required and non-empty. */
  public static DemoVocabulary of(Map<?, ?> raw) {
    Map<Assessment.Sector, List<String>> professions = new EnumMap<>(Assessment.Sector.class);
    if (raw.get("professions") instanceof Map<?, ?> bySector) {
      bySector.forEach(
          (k, v) ->
              professions.put(
                  Assessment.Sector.valueOf(String.valueOf(k)), strings(v, "professions." + k)));
    }
    return new DemoVocabulary(
        strings(raw.get("female"), "female"),
        strings(raw.get("male"), "male"),
        strings(raw.get("surnames"), "surnames"),
        strings(raw.get("foreignCitizenships"), "foreignCitizenships"),
        strings(raw.get("companyWords"), "companyWords"),
        strings(raw.get("ateco"), "ateco"),
        professions);
  }

  private static List<String> strings(Object value, String name) {
    if (!(value instanceof List<?> list) || list.isEmpty()) {
      throw new IllegalArgumentException(name + " must be a non-empty list");
    }
    return list.stream().map(String::valueOf).toList();
  }
}
