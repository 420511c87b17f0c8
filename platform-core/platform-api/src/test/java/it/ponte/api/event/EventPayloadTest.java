package it.ponte.api.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventPayloadTest {

  private static DomainEvent delivered(EventPayload p) {
    return new DomainEvent(
        UUID.randomUUID(), p.type(), p.aggregateType(), p.aggregateId(), Instant.now(), p.data());
  }

  @Test
  void aPlacementReadsBackAsItWasPublished() {
    PlacementRecorded renewal =
        new PlacementRecorded(
            41,
            7,
            3,
            "HIRING",
            "FIXED_TERM",
            LocalDate.of(2026, 3, 1),
            LocalDate.of(2026, 8, 31),
            new BigDecimal("38"),
            "RENEWAL",
            40L);
    DomainEvent event = delivered(renewal);
    assertThat(event.data()).containsEntry("v", "1").containsEntry("previousId", "40");
    assertThat(PlacementRecorded.from(event)).isEqualTo(renewal);
    assertThat(renewal.isNewJob()).as("a renewal is no new job").isFalse();

    PlacementRecorded stage =
        new PlacementRecorded(
            42, 8, 3, "STAGE", null, LocalDate.of(2026, 3, 1), null, null, null, null);
    assertThat(delivered(stage).data()).doesNotContainKeys("contract", "endDate", "link");
    assertThat(PlacementRecorded.from(delivered(stage))).isEqualTo(stage);
    assertThat(stage.isNewJob()).isFalse();
    assertThat(
            new PlacementRecorded(
                    43,
                    9,
                    3,
                    "SELF_EMPLOYMENT",
                    null,
                    LocalDate.of(2026, 3, 1),
                    null,
                    null,
                    null,
                    null)
                .isNewJob())
        .isTrue();
  }

  @Test
  void anEventFromBeforeVersionsReadsTheSameAndTheWrongTypeIsRefused() {
    DomainEvent old =
        new DomainEvent(
            UUID.randomUUID(),
            DomainEventTypes.CANDIDATE_ASSESSED,
            "candidate",
            5,
            Instant.now(),
            Map.of("profileType", "FRAGILE", "readiness", "NOT_READY"));
    assertThat(CandidateEvents.Assessed.from(old))
        .isEqualTo(new CandidateEvents.Assessed(5, "FRAGILE", "NOT_READY", null));
    assertThatThrownBy(() -> PlacementRecorded.from(old))
        .isInstanceOf(IllegalArgumentException.class);
    CandidateEvents.Moved left =
        new CandidateEvents.Moved(DomainEventTypes.CANDIDATE_LEFT_PROTOCOL, 5, "EMPLOYED");
    assertThat(CandidateEvents.Moved.from(delivered(left))).isEqualTo(left);
    assertThatThrownBy(() -> new CandidateEvents.Moved(DomainEventTypes.CANDIDATE_ERASED, 5, null))
        .isInstanceOf(IllegalArgumentException.class);
    CompanyJoinedBoard joined = new CompanyJoinedBoard(9, LocalDate.of(2025, 1, 10));
    assertThat(CompanyJoinedBoard.from(delivered(joined))).isEqualTo(joined);
  }
}
