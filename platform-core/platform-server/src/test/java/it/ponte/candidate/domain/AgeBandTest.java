package it.ponte.candidate.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AgeBandTest {

  private static final LocalDate DAY = LocalDate.of(2026, 6, 1);

  @Test
  void bandsFollowTheReportsBoundaries() {
    assertThat(AgeBand.of(LocalDate.of(2006, 6, 2), DAY)).isEqualTo(AgeBand.UNDER_20);
    assertThat(AgeBand.of(LocalDate.of(2006, 6, 1), DAY)).isEqualTo(AgeBand.FROM_20_TO_29);
    assertThat(AgeBand.of(LocalDate.of(1996, 6, 2), DAY)).isEqualTo(AgeBand.FROM_20_TO_29);
    assertThat(AgeBand.of(LocalDate.of(1996, 6, 1), DAY)).isEqualTo(AgeBand.FROM_30_TO_39);
    assertThat(AgeBand.of(LocalDate.of(1976, 1, 1), DAY)).isEqualTo(AgeBand.FROM_50_TO_59);
    assertThat(AgeBand.of(LocalDate.of(1966, 6, 1), DAY)).isEqualTo(AgeBand.FROM_60);
    assertThat(AgeBand.of(LocalDate.of(1930, 1, 1), DAY).label()).isEqualTo("60+");
  }
}
