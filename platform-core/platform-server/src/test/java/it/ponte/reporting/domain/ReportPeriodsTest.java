package it.ponte.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import it.ponte.platform.domain.FieldError;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportPeriodsTest {

  private static final LocalDate JAN = LocalDate.of(2026, 1, 1);

  @Test
  void requiredPeriodsNeedBothDaysInOrder() {
    assertThat(ReportPeriods.required(null, null))
        .extracting(FieldError::pointer)
        .containsExactly("from", "to");
    assertThat(ReportPeriods.required(JAN, JAN.minusDays(1)))
        .extracting(FieldError::detail)
        .containsExactly("must not be before from");
    assertThat(ReportPeriods.required(JAN, JAN)).isEmpty();
  }

  @Test
  void optionalPeriodsAreBothOrNeitherAndBoundedOnesAtMostTenYears() {
    assertThat(ReportPeriods.optional(null, null)).isEmpty();
    assertThat(ReportPeriods.optional(JAN, null))
        .extracting(FieldError::pointer)
        .containsExactly("to");
    assertThat(ReportPeriods.bounded(JAN, JAN.plusYears(10).minusDays(1))).isEmpty();
    assertThat(ReportPeriods.bounded(JAN, JAN.plusYears(10)))
        .extracting(FieldError::detail)
        .containsExactly("a report covers at most 10 years");
  }
}
