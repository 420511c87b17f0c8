package it.ponte.plugin.mc.domain;

import it.ponte.api.core.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * French amortisation, monthly: during the grace period each instalment pays the month's interest
 * only; then equal instalments pay interest on the remaining principal and the rest as principal.
 * Every amount is rounded to the cent; the last instalment repays whatever principal is left, so
 * the principal of the schedule always sums exactly to the loan.
 */
public final class Schedule {

  private static final MathContext PRECISION = new MathContext(20, RoundingMode.HALF_EVEN);
  private static final BigDecimal TWELVE_HUNDRED = BigDecimal.valueOf(1200);

  private Schedule() {}

  /**
   * The schedule of a loan.
   *
   * @param principal the amount lent, in euro
   * @param annualRatePercent nominal yearly rate, e.g. 4.5
   * @param months instalments in all, grace included
   * @param graceMonths the first instalments that pay interest only
   * @param firstDue the due date of the first instalment; the next fall on the same day of the
   *     following months (or the month's last day)
   */
  public static List<Instalment> french(
      BigDecimal principal,
      BigDecimal annualRatePercent,
      int months,
      int graceMonths,
      LocalDate firstDue) {
    if (principal.signum() <= 0) {
      throw new IllegalArgumentException("The principal must be positive");
    }
    if (annualRatePercent.signum() < 0) {
      throw new IllegalArgumentException("The rate cannot be negative");
    }
    if (months < 1 || graceMonths < 0 || graceMonths >= months) {
      throw new IllegalArgumentException(
          "A schedule needs at least one instalment after a grace period shorter than it");
    }
    BigDecimal rate = annualRatePercent.divide(TWELVE_HUNDRED, PRECISION);
    BigDecimal balance = Money.euro(principal);
    int amortising = months - graceMonths;
    BigDecimal payment = payment(balance, rate, amortising);
    List<Instalment> schedule = new ArrayList<>(months);
    for (int n = 1; n <= months; n++) {
      BigDecimal interest = Money.euro(balance.multiply(rate));
      BigDecimal repaid;
      if (n <= graceMonths) {
        repaid = Money.ZERO;
      } else if (n == months) {
        repaid = balance;
      } else {
        repaid = payment.subtract(interest).max(Money.ZERO).min(balance);
      }
      balance = balance.subtract(repaid);
      schedule.add(
          new Instalment(n, firstDue.plusMonths(n - 1L), repaid, interest, Money.ZERO, Money.ZERO));
    }
    return List.copyOf(schedule);
  }

  /** The constant instalment repaying {@code balance} over {@code n} months at {@code rate}. */
  static BigDecimal payment(BigDecimal balance, BigDecimal rate, int n) {
    if (rate.signum() == 0) {
      return Money.euro(balance.divide(BigDecimal.valueOf(n), PRECISION));
    }
    // A = P r / (1 - (1 + r)^-n)
    BigDecimal growth = BigDecimal.ONE.add(rate).pow(n, PRECISION);
    BigDecimal factor = BigDecimal.ONE.subtract(BigDecimal.ONE.divide(growth, PRECISION));
    return Money.euro(balance.multiply(rate).divide(factor, PRECISION));
  }
}
