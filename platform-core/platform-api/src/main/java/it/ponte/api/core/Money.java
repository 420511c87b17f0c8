package it.ponte.api.core;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Euro amounts for the core and every plugin: BigDecimal with two decimals, rounded half up, never
 * floating point.
 */
public final class Money {

  public static final BigDecimal ZERO = euro(BigDecimal.ZERO);

  private Money() {}

  /** The amount in cents, rounded half up. */
  public static BigDecimal euro(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP);
  }

  /** Whole euros ({@code euro(1500)} is 1500.00). */
  public static BigDecimal euro(long amount) {
    return euro(BigDecimal.valueOf(amount));
  }

  /** The amount from its decimal text ("1250.5"). */
  public static BigDecimal euro(String amount) {
    return euro(new BigDecimal(amount));
  }

  /**
   * Checks an amount given by a user: positive and with at most two decimals (no silent rounding of
   * what someone typed).
   */
  public static BigDecimal positive(BigDecimal amount, String what) {
    if (amount == null || amount.signum() <= 0) {
      throw new IllegalArgumentException(what + " must be a positive amount in euro");
    }
    if (amount.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException(what + " has more than two decimals: " + amount);
    }
    return euro(amount);
  }
}
