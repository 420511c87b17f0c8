package it.ponte.plugin.ic.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CallWindowTest {

  private static final ZoneId ROME = ZoneId.of("Europe/Rome");

  /** Rome is UTC+1 in winter and UTC+2 in summer: the close is a local time there. */
  @ParameterizedTest(name = "closes {0} Rome, submitted {1}: open {2}")
  @CsvSource({
    "2026-02-27T18:00, 2026-02-27T16:59:59.999Z, true",
    "2026-02-27T18:00, 2026-02-27T17:00:00Z, false",
    "2026-07-15T12:00, 2026-07-15T09:59:59Z, true",
    "2026-07-15T12:00, 2026-07-15T10:00:00Z, false",
    "2026-07-15T12:00, 2026-07-15T11:30:00Z, false",
    "2026-10-25T23:59:59, 2026-10-25T22:59:58Z, true",
    "2026-10-25T23:59:59, 2026-10-25T22:59:59Z, false",
  })
  void submissionsAreTakenUntilTheCloseInRome(
      LocalDateTime closes, Instant submitted, boolean open) {
    CallWindow window = new CallWindow(closes.minusMonths(1), closes, ROME);
    assertThat(window.refusal(submitted).isEmpty()).isEqualTo(open);
    if (!open) {
      assertThat(window.refusal(submitted).orElseThrow()).contains("closed at " + closes);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "2026-03-01T09:00, 2026-03-01T07:59:59Z, false",
    "2026-03-01T09:00, 2026-03-01T08:00:00Z, true"
  })
  void notBeforeItOpens(LocalDateTime opens, Instant submitted, boolean open) {
    CallWindow window = new CallWindow(opens, opens.plusMonths(1), ROME);
    assertThat(window.refusal(submitted).isEmpty()).isEqualTo(open);
  }
}
