package it.ponte.plugin.dul.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A dote as stored: the fascia and maximum it got at assignment, its dates, what its plan books.
 *
 * @param contributions how the profiling score was made ({@code variable=value:points;...})
 */
public record Dote(
    long id,
    long candidateId,
    long operatorId,
    DoteStatus status,
    int score,
    int fascia,
    BigDecimal maxValue,
    LocalDate startsOn,
    LocalDate endsOn,
    BigDecimal booked,
    String contributions,
    String closeReason) {

  /** A line of the dote's PIP: a service of the catalogue, how much of it, its cost. */
  public record PlanLine(String serviceCode, BigDecimal quantity, BigDecimal amount) {}

  /** A service delivered under the plan. */
  public record Delivery(
      String serviceCode, BigDecimal quantity, LocalDate deliveredOn, String staff) {}
}
