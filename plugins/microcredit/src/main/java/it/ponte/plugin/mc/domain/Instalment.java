package it.ponte.plugin.mc.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One monthly instalment of a repayment schedule.
 *
 * @param number from 1
 * @param principal the principal it repays (zero during the grace period)
 * @param interest the interest it pays
 * @param principalPaid how much of its principal was repaid so far
 * @param interestPaid how much of its interest was paid so far
 */
public record Instalment(
    int number,
    LocalDate dueOn,
    BigDecimal principal,
    BigDecimal interest,
    BigDecimal principalPaid,
    BigDecimal interestPaid) {

  public BigDecimal total() {
    return principal.add(interest);
  }

  public BigDecimal principalDue() {
    return principal.subtract(principalPaid);
  }

  public BigDecimal interestDue() {
    return interest.subtract(interestPaid);
  }

  public boolean settled() {
    return principalDue().signum() == 0 && interestDue().signum() == 0;
  }

  Instalment paying(BigDecimal interest, BigDecimal principal) {
    return new Instalment(
        number,
        dueOn,
        this.principal,
        this.interest,
        principalPaid.add(principal),
        interestPaid.add(interest));
  }
}
