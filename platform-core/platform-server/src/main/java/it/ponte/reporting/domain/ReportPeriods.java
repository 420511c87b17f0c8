package it.ponte.reporting.domain;

import it.ponte.platform.domain.FieldError;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The one check of a report's {@code from} and {@code to} (YYYY-MM-DD, both included), shared by
 * the activity report, the plugin sections and the federated report; each adds what is its own.
 */
public final class ReportPeriods {

  /** The longest activity report. */
  public static final int MAX_YEARS = 10;

  private ReportPeriods() {}

  /** Both days are required and {@code to} is not before {@code from}. */
  public static List<FieldError> required(LocalDate from, LocalDate to) {
    List<FieldError> errors = new ArrayList<>();
    if (from == null) {
      errors.add(new FieldError("from", "is required (YYYY-MM-DD)"));
    }
    if (to == null) {
      errors.add(new FieldError("to", "is required (YYYY-MM-DD)"));
    }
    if (from != null && to != null && to.isBefore(from)) {
      errors.add(new FieldError("to", "must not be before from"));
    }
    return errors;
  }

  /** Both days or neither (all time); when given, {@code to} is not before {@code from}. */
  public static List<FieldError> optional(LocalDate from, LocalDate to) {
    if ((from == null) != (to == null)) {
      return new ArrayList<>(
          List.of(
              new FieldError(from == null ? "from" : "to", "give both from and to, or neither")));
    }
    return from == null ? new ArrayList<>() : required(from, to);
  }

  /** A period of at most {@link #MAX_YEARS}, checked once the days themselves are valid. */
  public static List<FieldError> bounded(LocalDate from, LocalDate to) {
    List<FieldError> errors = required(from, to);
    if (errors.isEmpty() && ChronoUnit.YEARS.between(from, to) >= MAX_YEARS) {
      errors.add(new FieldError("to", "a report covers at most " + MAX_YEARS + " years"));
    }
    return errors;
  }
}
