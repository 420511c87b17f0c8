package it.ponte.training.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A course's outcome figures, as the Bologna programme defines them.
 *
 * @param participants enrolments not withdrawn
 * @param placements placements of participants that start on or after the course's first day,
 *     renewals, extensions and transformations included
 * @param participantsPlaced participants with at least one such placement
 */
public record CourseRates(long participants, long placements, long participantsPlaced) {

  /** Tasso di inserimento: placements / participants, in percent; may exceed 100. Null if none. */
  public BigDecimal placementRate() {
    return percent(placements);
  }

  /** Tasso di occupazione: participants placed / participants, in percent. Null if none. */
  public BigDecimal employmentRate() {
    return percent(participantsPlaced);
  }

  private BigDecimal percent(long count) {
    if (participants == 0) {
      return null;
    }
    return BigDecimal.valueOf(count * 100)
        .divide(BigDecimal.valueOf(participants), 1, RoundingMode.HALF_UP);
  }
}
