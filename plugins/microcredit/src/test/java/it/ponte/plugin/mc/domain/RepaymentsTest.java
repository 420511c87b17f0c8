package it.ponte.plugin.mc.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ponte.api.core.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepaymentsTest {

  private static final BigDecimal RATE = new BigDecimal("6");
  private static final LocalDate FIRST = LocalDate.of(2026, 2, 10);

  private static List<Instalment> loan() {
    return Schedule.french(Money.euro("10000"), RATE, 12, 0, FIRST);
  }

  @Test
  void aRepaymentPaysInterestThenPrincipalOfTheOldestDueInstalment() {
    List<Instalment> s = loan();
    // First instalment: interest 50.00, principal 810.66.
    Repayments.Applied partial = Repayments.apply(s, Money.euro("100"), FIRST, RATE);
    assertThat(partial.interest()).isEqualByComparingTo("50.00");
    assertThat(partial.principal()).isEqualByComparingTo("50.00");
    assertThat(partial.prepaid()).isZero();
    assertThat(partial.schedule().get(0).principalDue()).isEqualByComparingTo("760.66");
    assertThat(Repayments.daysInArrears(partial.schedule(), FIRST.plusDays(31))).isEqualTo(31);

    Repayments.Applied rest =
        Repayments.apply(partial.schedule(), Money.euro("760.66"), FIRST.plusDays(3), RATE);
    assertThat(rest.schedule().get(0).settled()).isTrue();
    assertThat(Repayments.daysInArrears(rest.schedule(), FIRST.plusDays(20))).isZero();
  }

  @Test
  void lateRepaymentsSettleTheOldestDebtFirst() {
    List<Instalment> s = loan();
    LocalDate late = FIRST.plusMonths(2).plusDays(5);
    assertThat(Repayments.daysInArrears(s, late)).isEqualTo(64);
    Repayments.Applied one = Repayments.apply(s, Money.euro("860.66"), late, RATE);
    assertThat(one.schedule().get(0).settled()).isTrue();
    assertThat(one.schedule().get(1).settled()).isFalse();
    assertThat(Repayments.daysInArrears(one.schedule(), late)).isEqualTo(36);
  }

  @Test
  void anEarlyRepaymentLowersTheLaterInstalmentsAndKeepsTheEndDate() {
    List<Instalment> s = loan();
    Repayments.Applied first = Repayments.apply(s, Money.euro("860.66"), FIRST, RATE);
    BigDecimal before = Repayments.outstanding(first.schedule());
    Repayments.Applied early =
        Repayments.apply(first.schedule(), Money.euro("2000"), FIRST.plusDays(10), RATE);
    assertThat(early.prepaid()).isEqualByComparingTo("2000");
    assertThat(Repayments.outstanding(early.schedule()))
        .isEqualByComparingTo(before.subtract(Money.euro("2000")));
    List<Instalment> later = early.schedule().subList(1, 12);
    assertThat(later.get(0).total()).isLessThan(Money.euro("860.66"));
    assertThat(later.get(10).dueOn()).isEqualTo(s.get(11).dueOn());
    assertThat(later.stream().map(Instalment::principal).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo(before.subtract(Money.euro("2000")));
  }

  @Test
  void repayingEverythingEarlyClosesTheScheduleAndMoreIsRefused() {
    List<Instalment> s = loan();
    BigDecimal owed = Repayments.owedOn(s, FIRST.minusDays(1));
    assertThat(owed).isEqualByComparingTo("10000.00");
    assertThatThrownBy(
            () -> Repayments.apply(s, owed.add(Money.euro("0.01")), FIRST.minusDays(1), RATE))
        .hasMessageContaining("exceeds what is owed")
        .hasMessageContaining("10000.00");
    Repayments.Applied all = Repayments.apply(s, owed, FIRST.minusDays(1), RATE);
    assertThat(Repayments.outstanding(all.schedule())).isZero();
    assertThat(all.prepaid()).isEqualByComparingTo("10000.00");
    assertThat(Repayments.daysInArrears(all.schedule(), FIRST.plusYears(2))).isZero();
  }
}
