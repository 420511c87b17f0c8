package it.ponte.plugin.dul.domain;

import java.math.BigDecimal;

/**
 * An accredited operator with its budget.
 *
 * @param available the ceiling plus every entry of its ledger (bookings are negative)
 */
public record Operator(long id, String name, BigDecimal ceiling, BigDecimal available) {

  /** A ledger entry of an operator's budget; BOOKED amounts are negative. */
  public record Entry(long id, String kind, BigDecimal amount, Long doteId, String note) {}
}
