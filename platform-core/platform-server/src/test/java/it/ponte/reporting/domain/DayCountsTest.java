package it.ponte.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DayCountsTest {

  @Test
  void nobodyHasNoMedian() {
    DayCounts counts = new DayCounts();
    counts.add(3, 0);
    assertThat(counts.total()).isZero();
    assertThat(counts.median()).isNull();
  }

  @Test
  void anOddCountTakesTheMiddleValue() {
    DayCounts counts = new DayCounts();
    counts.add(22, 1);
    counts.add(4, 1);
    counts.add(10, 1);
    assertThat(counts.median()).isEqualTo(new BigDecimal("10.0"));
  }

  @Test
  void anEvenCountTakesHalfwayBetweenTheTwoMiddleValuesAsPercentileContDoes() {
    DayCounts counts = new DayCounts();
    counts.add(4, 2); // 4 4 | 7 9 9 9: the middle values are 7 and 9
    counts.add(9, 3);
    counts.add(7, 1);
    assertThat(counts.total()).isEqualTo(6);
    assertThat(counts.median()).isEqualTo(new BigDecimal("8.0"));
    counts.add(2, 1); // 2 4 4 | 7 | 9 9 9
    assertThat(counts.median()).isEqualTo(new BigDecimal("7.0"));
    counts.add(8, 1); // 2 4 4 7 | 8 9 9 9 -> 7.5
    assertThat(counts.median()).isEqualTo(new BigDecimal("7.5"));
  }

  @Test
  void negativeDaysAndManyPeopleInOneGroupCount() {
    DayCounts counts = new DayCounts();
    counts.add(-1, 1); // registered after the interview, as imported history may say
    counts.add(0, 1_000_000);
    counts.add(30, 999_999);
    assertThat(counts.median()).isEqualTo(new BigDecimal("0.0"));
    counts.add(30, 2);
    assertThat(counts.median()).isEqualTo(new BigDecimal("15.0"));
  }

  @Test
  void aNegativeCountIsRefused() {
    assertThatThrownBy(() -> new DayCounts().add(1, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
