package it.ponte.reporting.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * The federated publication grid: a calendar month, a calendar quarter or a calendar year, and
 * nothing else. Fixed periods leave an analyst few differently-bounded figures over the same
 * records to subtract or average, which arbitrary dates would give by the thousand.
 *
 * @param label {@code 2026-06}, {@code 2026-Q2} or {@code 2026}
 */
public record PublicationPeriod(String label, LocalDate from, LocalDate to) {

  /** The grid period exactly from {@code from} to {@code to}, if there is one. */
  public static Optional<PublicationPeriod> of(LocalDate from, LocalDate to) {
    if (from.getDayOfMonth() != 1 || !to.equals(YearMonth.from(to).atEndOfMonth())) {
      return Optional.empty();
    }
    YearMonth first = YearMonth.from(from);
    YearMonth last = YearMonth.from(to);
    int year = from.getYear();
    if (first.equals(last)) {
      return Optional.of(new PublicationPeriod(first.toString(), from, to));
    }
    if (to.getYear() != year) {
      return Optional.empty();
    }
    if (first.getMonthValue() == 1 && last.getMonthValue() == 12) {
      return Optional.of(new PublicationPeriod(String.valueOf(year), from, to));
    }
    if ((first.getMonthValue() - 1) % 3 == 0 && last.getMonthValue() == first.getMonthValue() + 2) {
      int quarter = (first.getMonthValue() - 1) / 3 + 1;
      return Optional.of(new PublicationPeriod(year + "-Q" + quarter, from, to));
    }
    return Optional.empty();
  }

  /** Whether the period is over on {@code today}: only closed periods are published. */
  public boolean closedOn(LocalDate today) {
    return to.isBefore(today);
  }
}
