package it.ponte.plugin.mc.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ponte.api.core.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScheduleTest {

  private static final LocalDate FIRST = LocalDate.of(2026, 1, 31);

  /**
   * The constant instalments are the textbook values of A = P r / (1 - (1 + r)^-n) (any loan
   * calculator gives them; e.g. 10,000 at 6% over 12 months is 860.66).
   */
  @ParameterizedTest(name = "{0} at {1}% over {2} months, {3} of grace: instalment {4}")
  @CsvSource({
    "10000.00, 6, 12, 0, 860.66",
    "20000.00, 5, 60, 0, 377.42",
    "100000.00, 6, 360, 0, 599.55",
    "25000.00, 4.5, 84, 0, 347.50",
    "7500.00, 3.25, 48, 0, 166.84",
    "5000.00, 0, 10, 0, 500.00",
    "1000.00, 0, 3, 0, 333.33",
    "10000.00, 6, 18, 6, 860.66",
    "12345.67, 7.9, 37, 1, 386.30",
  })
  void principalSumsExactlyAndInstalmentsAreEqualButTheLast(
      BigDecimal principal, BigDecimal rate, int months, int grace, BigDecimal instalment) {
    List<Instalment> schedule = Schedule.french(principal, rate, months, grace, FIRST);

    assertThat(schedule).hasSize(months);
    assertThat(
            schedule.stream().map(Instalment::principal).reduce(BigDecimal.ZERO, BigDecimal::add))
        .as("the principal of the schedule sums exactly to the loan")
        .isEqualByComparingTo(principal);
    for (Instalment i : schedule.subList(0, grace)) {
      assertThat(i.principal()).as("grace: interest only").isZero();
      assertThat(i.interest())
          .isEqualByComparingTo(
              Money.euro(
                  principal
                      .multiply(rate)
                      .divide(BigDecimal.valueOf(1200), java.math.MathContext.DECIMAL64)));
    }
    for (Instalment i : schedule.subList(grace, months - 1)) {
      assertThat(i.total()).as("instalment " + i.number()).isEqualByComparingTo(instalment);
    }
    Instalment last = schedule.get(months - 1);
    // Each instalment rounds its payment and its interest to the cent (half a cent each at most);
    // the last one carries the sum of those roundings.
    assertThat(last.total().subtract(instalment).abs())
        .as("the last instalment absorbs the rounding")
        .isLessThanOrEqualTo(new BigDecimal("0.01").multiply(BigDecimal.valueOf(months - grace)));
    assertThat(schedule).allSatisfy(i -> assertThat(i.principal().scale()).isEqualTo(2));
    assertThat(schedule.get(1).dueOn()).isEqualTo(LocalDate.of(2026, 2, 28));
    assertThat(schedule.get(2).dueOn()).isEqualTo(LocalDate.of(2026, 3, 31));
  }

  @ParameterizedTest
  @CsvSource({"0, 5, 12, 0", "1000, -1, 12, 0", "1000, 5, 0, 0", "1000, 5, 12, 12"})
  void refusesWhatIsNotALoan(BigDecimal principal, BigDecimal rate, int months, int grace) {
    assertThatThrownBy(() -> Schedule.french(principal, rate, months, grace, FIRST))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
