package it.ponte.reporting.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A percentage with what it is made of: numerator / denominator x 100, one decimal, half up. */
public final class Share {

  private Share() {}

  /** The percentage, or null when the denominator is zero (no share of nothing). */
  public static BigDecimal percent(long numerator, long denominator) {
    if (denominator == 0) {
      return null;
    }
    return BigDecimal.valueOf(numerator)
        .multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
  }
}
