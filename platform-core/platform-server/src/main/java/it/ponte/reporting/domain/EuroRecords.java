package it.ponte.reporting.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The units behind one federated euro sum: each unit's amount by territory and key. The keys stay
 * inside the platform; they draw the sum's perturbation and let the dominance rule see who makes up
 * the sum.
 */
public final class EuroRecords {

  private final Map<String, BigDecimal> amounts = new TreeMap<>();

  /** Adds a unit's amount; the same unit twice adds up. */
  public EuroRecords add(String territory, String key, BigDecimal amount) {
    amounts.merge(territory + "|" + key, amount, BigDecimal::add);
    return this;
  }

  public EuroRecords addAll(EuroRecords other) {
    other.amounts.forEach((k, v) -> amounts.merge(k, v, BigDecimal::add));
    return this;
  }

  public int units() {
    return amounts.size();
  }

  public BigDecimal sum() {
    return amounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The largest unit's amount (zero when there is none). */
  public BigDecimal largest() {
    return amounts.values().stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
  }

  String canonical() {
    List<String> parts = new ArrayList<>();
    amounts.forEach((k, v) -> parts.add(k + "=" + v.stripTrailingZeros().toPlainString()));
    return String.join(";", parts);
  }
}
