package it.ponte.plugin.dul.domain;

import it.ponte.api.core.Money;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of the current phase of Dote Unica Lavoro: the territory's configuration of the plugin
 * (defaults in {@code dul/config.schema.json}), bound as it is by the platform (JSON-B), each
 * component a property of the schema. A new regional notice is a new configuration, not a new
 * release. The compact constructors put the lists in the order the rules read them and amounts in
 * euro cents, however the configuration wrote them (1750, 1750.0).
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

  public DulRules {
    fasce = fasce.stream().sorted(Comparator.comparingInt(Fascia::minScore)).toList();
    catalogue = List.copyOf(catalogue);
  }

  /** Who may receive a dote. */
  public record Eligibility(
      int minAge,
      int maxAge,
      boolean didRequired,
      boolean serviceAgreementRequired,
      int naspiMaxMonths,
      Set<String> allowedStatuses) {

    public Eligibility {
      allowedStatuses = Set.copyOf(allowedStatuses);
    }
  }

  /** Points towards the fascia; a higher score means more help. */
  public record Profiling(
      int female,
      List<Band> ageBands,
      Map<String, Integer> education,
      List<Band> unemploymentMonthsBands) {

    public Profiling {
      ageBands = sorted(ageBands);
      education = Map.copyOf(education);
      unemploymentMonthsBands = sorted(unemploymentMonthsBands);
    }

    private static List<Band> sorted(List<Band> bands) {
      return bands.stream().sorted(Comparator.comparingInt(Band::from)).toList();
    }
  }

  /** From a value on (age in years, months of unemployment), the points. */
  public record Band(int from, int points) {}

  /**
   * A fascia di intensità di aiuto: from a score on, the dote's maximum value and duration.
   *
   * @param minScore the lowest score in this fascia; ignored for the suspended workers' band
   */
  public record Fascia(int fascia, String name, int minScore, BigDecimal maxValue, int months) {

    public Fascia {
      maxValue = Money.euro(maxValue);
    }
  }

  /** A service of the catalogue, in a basket, with its unit cost. */
  public record Service(String code, String basket, String name, String unit, BigDecimal unitCost) {

    public Service {
      unitCost = Money.euro(unitCost);
    }
  }

  /** The result payment: contracts that qualify, their minimum length, amounts by fascia. */
  public record Results(int minContractDays, Set<String> contracts, List<ResultAmounts> table) {

    public Results {
      contracts = Set.copyOf(contracts);
      table = List.copyOf(table);
    }

    /** The result payment for a contract in a fascia, if the table has one. */
    public Optional<BigDecimal> amount(int fascia, String contract) {
      return table.stream()
          .filter(row -> row.fascia() == fascia)
          .findFirst()
          .map(row -> row.amounts().get(contract));
    }
  }

  /** A row of the result table: a fascia's amount by contract type. */
  public record ResultAmounts(int fascia, Map<String, BigDecimal> amounts) {

    public ResultAmounts {
      Map<String, BigDecimal> euro = new LinkedHashMap<>();
      amounts.forEach((contract, amount) -> euro.put(contract, Money.euro(amount)));
      amounts = Collections.unmodifiableMap(euro);
    }
  }

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
      Set<String> contracts) {

    public Incentive {
      menUpTo54 = Money.euro(menUpTo54);
      womenUpTo54 = Money.euro(womenUpTo54);
      men55Plus = Money.euro(men55Plus);
      women55Plus = Money.euro(women55Plus);
      smallEmployerBonus = Money.euro(smallEmployerBonus);
      contracts = Set.copyOf(contracts);
    }
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
  public Optional<Service> service(String code) {
    return catalogue.stream().filter(s -> s.code().equals(code)).findFirst();
  }
}
