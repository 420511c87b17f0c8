package it.ponte.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublicationPeriodTest {

  private static java.util.Optional<String> label(String from, String to) {
    return PublicationPeriod.of(LocalDate.parse(from), LocalDate.parse(to))
        .map(PublicationPeriod::label);
  }

  @Test
  void monthsQuartersAndYearsAreOnTheGrid() {
    assertThat(label("2026-02-01", "2026-02-28")).hasValue("2026-02");
    assertThat(label("2024-02-01", "2024-02-29")).hasValue("2024-02");
    assertThat(label("2026-04-01", "2026-06-30")).hasValue("2026-Q2");
    assertThat(label("2026-10-01", "2026-12-31")).hasValue("2026-Q4");
    assertThat(label("2025-01-01", "2025-12-31")).hasValue("2025");
  }

  @Test
  void anythingElseIsNot() {
    assertThat(label("2026-01-01", "2026-06-10")).as("the attack: one day apart").isEmpty();
    assertThat(label("2026-01-01", "2026-06-11")).isEmpty();
    assertThat(label("2026-01-02", "2026-01-31")).isEmpty();
    assertThat(label("2026-02-01", "2026-03-31")).as("two months").isEmpty();
    assertThat(label("2026-02-01", "2026-04-30")).as("three months, not a quarter").isEmpty();
    assertThat(label("2025-01-01", "2026-12-31")).as("two years").isEmpty();
    assertThat(label("2025-12-01", "2026-01-31")).isEmpty();
  }

  @Test
  void onlyClosedPeriodsArePublished() {
    PublicationPeriod june =
        PublicationPeriod.of(LocalDate.parse("2026-06-01"), LocalDate.parse("2026-06-30"))
            .orElseThrow();
    assertThat(june.closedOn(LocalDate.parse("2026-06-30"))).isFalse();
    assertThat(june.closedOn(LocalDate.parse("2026-07-01"))).isTrue();
  }
}
