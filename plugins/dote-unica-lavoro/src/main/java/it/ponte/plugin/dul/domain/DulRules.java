package it.ponte.plugin.dul.domain;

import it.ponte.api.core.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of the current phase of Dote Unica Lavoro, read from the territory's configuration of
 * the plugin (defaults in {@code dul/config.schema.json}). A new regional notice is a new
 * configuration, not a new release.
 */
public record DulRules(
    String phase,
    Eligibility eligibility,
    Profiling profiling,
    List<Fascia> fasce,
    Fascia suspendedWorkers,
    List<Service> catalogue,
    Results results,
    Incentive employerIncentive,
    int overbookingPercent) {

  /** Who may receive a dote. */
  public record Eligibility(
      int minAge,
      int maxAge,
      boolean didRequired,
      boolean serviceAgreementRequired,
      int naspiMaxMonths,
      Set<String> allowedStatuses) {}

  /** Points towards the fascia; a higher score means more help. */
  public record Profiling(
      int female,
      List<Band> ageBands,
      Map<String, Integer> education,
      List<Band> unemploymentMonthsBands) {}

  /** From a value on (age in years, months of unemployment), the points. */
  public record Band(int from, int points) {}

  /**
   * A fascia di intensità di aiuto: from a score on, the dote's maximum value and duration.
   *
   * @param minScore the lowest score in this fascia; ignored for the suspended workers' band
   */
  public record Fascia(int fascia, String name, int minScore, BigDecimal maxValue, int months) {}

  /** A service of the catalogue, in a basket, with its unit cost. */
  public record Service(
      String code, String basket, String name, String unit, BigDecimal unitCost) {}

  /** The result payment: contracts that qualify, their minimum length, amounts by fascia. */
  public record Results(
      int minContractDays, Set<String> contracts, Map<Integer, Map<String, BigDecimal>> table) {}

  /** The employer incentive (phase IV). */
  public record Incentive(
      BigDecimal menUpTo54,
      BigDecimal womenUpTo54,
      BigDecimal men55Plus,
      BigDecimal women55Plus,
      BigDecimal smallEmployerBonus,
      int smallEmployerBelow,
      int minHoursPerWeek,
      int minFixedTermMonths,
      Set<String> contracts) {}

  /** Reads the rules from the plugin's configuration, defaults applied. */
  @SuppressWarnings("unchecked")
  public static DulRules from(Map<String, Object> config) {
    Map<String, Object> e = (Map<String, Object>) config.get("eligibility");
    Map<String, Object> p = (Map<String, Object>) config.get("profiling");
    Map<String, Object> r = (Map<String, Object>) config.get("results");
    Map<String, Object> i = (Map<String, Object>) config.get("employerIncentive");
    Map<Integer, Map<String, BigDecimal>> table = new LinkedHashMap<>();
    for (Object row : (List<Object>) r.get("table")) {
      Map<String, Object> m = (Map<String, Object>) row;
      Map<String, BigDecimal> amounts = new LinkedHashMap<>();
      ((Map<String, Object>) m.get("amounts")).forEach((k, v) -> amounts.put(k, money(v)));
      table.put(integer(m.get("fascia")), amounts);
    }
    List<Fascia> fasce = new ArrayList<>();
    for (Object f : (List<Object>) config.get("fasce")) {
      fasce.add(fascia((Map<String, Object>) f));
    }
    fasce.sort(java.util.Comparator.comparingInt(Fascia::minScore));
    List<Service> catalogue = new ArrayList<>();
    for (Object s : (List<Object>) config.get("catalogue")) {
      Map<String, Object> m = (Map<String, Object>) s;
      catalogue.add(
          new Service(
              (String) m.get("code"),
              (String) m.get("basket"),
              (String) m.get("name"),
              (String) m.get("unit"),
              money(m.get("unitCost"))));
    }
    Map<String, Integer> education = new LinkedHashMap<>();
    ((Map<String, Object>) p.get("education")).forEach((k, v) -> education.put(k, integer(v)));
    return new DulRules(
        (String) config.get("phase"),
        new Eligibility(
            integer(e.get("minAge")),
            integer(e.get("maxAge")),
            (Boolean) e.get("didRequired"),
            (Boolean) e.get("serviceAgreementRequired"),
            integer(e.get("naspiMaxMonths")),
            Set.copyOf((List<String>) e.get("allowedStatuses"))),
        new Profiling(
            integer(p.get("female")),
            bands((List<Object>) p.get("ageBands")),
            education,
            bands((List<Object>) p.get("unemploymentMonthsBands"))),
        List.copyOf(fasce),
        fascia((Map<String, Object>) config.get("suspendedWorkers")),
        List.copyOf(catalogue),
        new Results(
            integer(r.get("minContractDays")),
            Set.copyOf((List<String>) r.get("contracts")),
            table),
        new Incentive(
            money(i.get("menUpTo54")),
            money(i.get("womenUpTo54")),
            money(i.get("men55Plus")),
            money(i.get("women55Plus")),
            money(i.get("smallEmployerBonus")),
            integer(i.get("smallEmployerBelow")),
            integer(i.get("minHoursPerWeek")),
            integer(i.get("minFixedTermMonths")),
            Set.copyOf((List<String>) i.get("contracts"))),
        integer(config.get("overbookingPercent")));
  }

  @SuppressWarnings("unchecked")
  private static List<Band> bands(List<Object> raw) {
    List<Band> bands = new ArrayList<>();
    for (Object b : raw) {
      Map<String, Object> m = (Map<String, Object>) b;
      bands.add(new Band(integer(m.get("from")), integer(m.get("points"))));
    }
    bands.sort(java.util.Comparator.comparingInt(Band::from));
    return List.copyOf(bands);
  }

  private static Fascia fascia(Map<String, Object> m) {
    return new Fascia(
        integer(m.get("fascia")),
        (String) m.get("name"),
        m.get("minScore") == null ? 0 : integer(m.get("minScore")),
        money(m.get("maxValue")),
        integer(m.get("months")));
  }

  private static int integer(Object value) {
    return ((Number) value).intValue();
  }

  /** Euro amounts in cents precision, however the configuration wrote them (1750, 1750.0). */
  private static BigDecimal money(Object value) {
    return Money.euro(value.toString());
  }

  /** The points of a value in bands (the last band whose start it reaches; 0 below all). */
  static int points(List<Band> bands, long value) {
    int points = 0;
    for (Band b : bands) {
      if (value >= b.from()) {
        points = b.points();
      }
    }
    return points;
  }

  /** A service of the catalogue by code. */
  public java.util.Optional<Service> service(String code) {
    return catalogue.stream().filter(s -> s.code().equals(code)).findFirst();
  }
}
