package it.ponte.plugin.mc.domain;

import it.ponte.api.core.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A territory's microcredit configuration: products with their dated legal limits, the ancillary
 * services business loans need, and the arrears thresholds. Bound by the platform (JSON-B) from the
 * configuration, defaults of {@code mc/config.schema.json} filled in; each component is a property
 * of the schema.
 */
public record McRules(
    List<Product> products,
    List<String> ancillaryServices,
    int minAncillaryServices,
    int defaultAfterDaysInArrears,
    int parDays) {

  public McRules {
    products = List.copyOf(products);
    ancillaryServices = List.copyOf(ancillaryServices);
  }

  /** SOCIAL (art. 111 c.3 TUB) or BUSINESS (art. 111 c.1). */
  public enum Kind {
    SOCIAL,
    BUSINESS
  }

  /** The limits in force from a date until the next one. */
  public record Limit(
      LocalDate from, BigDecimal maxAmount, BigDecimal maxAmountSrl, int maxMonths) {

    /** Amounts in euro cents, however the configuration wrote them; no SRL limit may be null. */
    public Limit {
      maxAmount = Money.euro(maxAmount);
      maxAmountSrl = maxAmountSrl == null ? null : Money.euro(maxAmountSrl);
    }
  }

  /**
   * A loan product with its terms and dated limits (sorted by date).
   *
   * @param maxGraceMonths 0 when the configuration gives none
   * @param feePercent 0 when the configuration gives none
   */
  public record Product(
      String code,
      String name,
      Kind kind,
      BigDecimal annualRatePercent,
      int maxGraceMonths,
      BigDecimal feePercent,
      List<Limit> limits) {

    public Product {
      feePercent = feePercent == null ? BigDecimal.ZERO : feePercent;
      limits = limits.stream().sorted(Comparator.comparing(Limit::from)).toList();
    }

    /** The limit in force on a day; empty before the first. */
    public Optional<Limit> limitOn(LocalDate day) {
      Limit found = null;
      for (Limit l : limits) {
        if (!l.from().isAfter(day)) {
          found = l;
        }
      }
      return Optional.ofNullable(found);
    }
  }

  public Optional<Product> product(String code) {
    return products.stream().filter(p -> p.code().equals(code)).findFirst();
  }

  /**
   * Why a loan cannot be granted on a day under its product's limits; empty when it can.
   *
   * @param srl the borrower is a società a responsabilità limitata (higher business limit)
   */
  public List<String> limitBreaches(
      Product product, BigDecimal amount, int months, int graceMonths, boolean srl, LocalDate on) {
    List<String> reasons = new ArrayList<>();
    Optional<Limit> limit = product.limitOn(on);
    if (limit.isEmpty()) {
      reasons.add(product.code() + " has no limit in force on " + on);
      return reasons;
    }
    Limit l = limit.get();
    BigDecimal max = srl && l.maxAmountSrl() != null ? l.maxAmountSrl() : l.maxAmount();
    if (amount.compareTo(max) > 0) {
      reasons.add(
          "EUR "
              + amount.toPlainString()
              + " exceeds the "
              + product.code()
              + " limit of EUR "
              + max.toPlainString()
              + (srl && l.maxAmountSrl() != null ? " for an SRL" : "")
              + " for loans from "
              + l.from());
    }
    if (months > l.maxMonths()) {
      reasons.add(months + " months exceed the limit of " + l.maxMonths() + " from " + l.from());
    }
    if (graceMonths > product.maxGraceMonths()) {
      reasons.add(
          graceMonths + " months of grace exceed the product's " + product.maxGraceMonths());
    }
    if (graceMonths >= months) {
      reasons.add("the grace period must be shorter than the loan");
    }
    return reasons;
  }
}
