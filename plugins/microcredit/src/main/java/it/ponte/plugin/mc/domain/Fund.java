package it.ponte.plugin.mc.domain;

import it.ponte.api.core.Money;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A guarantee fund and its position.
 *
 * @param balance deposits less guarantee calls and releases
 * @param capacity what the bank may lend against it: balance x leverage
 * @param exposure principal it guarantees now: approved loans not yet fully disbursed count in
 *     full, disbursed ones by their principal not yet repaid
 * @param freeCapacity capacity less exposure
 */
public record Fund(
    long id,
    String name,
    String bank,
    BigDecimal leverage,
    BigDecimal coveragePercent,
    BigDecimal balance,
    BigDecimal capacity,
    BigDecimal exposure,
    BigDecimal freeCapacity) {

  /** An entry of a fund's ledger: deposits positive, guarantee calls and releases negative. */
  public record Entry(
      long id, String kind, BigDecimal amount, LocalDate onDate, Long loanId, String note) {}

  /** A fund's position from its terms, its ledger's balance and what it guarantees. */
  public static Fund of(
      long id,
      String name,
      String bank,
      BigDecimal leverage,
      BigDecimal coveragePercent,
      BigDecimal balance,
      BigDecimal exposure) {
    BigDecimal capacity = Money.euro(balance.multiply(leverage));
    BigDecimal exposed = Money.euro(exposure);
    return new Fund(
        id,
        name,
        bank,
        leverage,
        coveragePercent,
        Money.euro(balance),
        capacity,
        exposed,
        capacity.subtract(exposed));
  }
}
