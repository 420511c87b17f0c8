package it.ponte.candidate.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CandidateTest {

  private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-03-02T09:00:00+01:00");

  private static final Assessment ASSESSMENT =
      new Assessment(
          Assessment.ProfileType.IN_TARGET,
          Assessment.Readiness.READY,
          Assessment.Employability.WITH_SUPPORT,
          Set.of(Assessment.Sector.LOGISTICS));

  private static Candidate registered() {
    return new Candidate(
        new PersonalData(
            "Amina",
            "Diallo",
            LocalDate.of(1988, 4, 12),
            Gender.FEMALE,
            "SN",
            "Alzano Lombardo",
            "Valle Seriana",
            "amina@example.org",
            null,
            Education.LOWER_SECONDARY,
            ItalianLevel.B1,
            Set.of("fr"),
            Set.of(Licence.DRIVING_B),
            Set.of("8.1.4.3.0"),
            EmploymentStatus.UNEMPLOYED,
            LocalDate.of(2025, 11, 3),
            Set.of(Difficulty.SCHEDULES),
            false,
            Set.of(Shift.MORNING),
            "Prefers part-time"),
        NOW,
        "op");
  }

  @Test
  void followsTheProgrammeFromRegistrationToPlacement() {
    Candidate c = registered();
    assertThat(c.status()).isEqualTo(CandidateStatus.REGISTERED);
    c.moveTo(CandidateStatus.ASSESSED, null, NOW.plusDays(10));
    c.moveTo(CandidateStatus.IN_PROTOCOL, null, NOW.plusDays(11));
    c.moveTo(CandidateStatus.PLACED, null, NOW.plusDays(40));
    assertThat(c.status()).isEqualTo(CandidateStatus.PLACED);
    assertThat(c.statusChangedAt()).isEqualTo(NOW.plusDays(40));
  }

  @Test
  void refusesSkippingSteps() {
    Candidate c = registered();
    assertThatThrownBy(() -> c.moveTo(CandidateStatus.PLACED, null, NOW))
        .isInstanceOf(IllegalTransitionException.class)
        .satisfies(
            e ->
                assertThat(((IllegalTransitionException) e).allowed())
                    .containsExactlyInAnyOrder(
                        CandidateStatus.ASSESSED, CandidateStatus.OUT_OF_PROTOCOL));
    assertThat(c.status()).isEqualTo(CandidateStatus.REGISTERED);
  }

  @Test
  void leavingTheProtocolNeedsAReasonAndOnlyReadmissionFollows() {
    Candidate c = registered();
    assertThatThrownBy(() -> c.moveTo(CandidateStatus.OUT_OF_PROTOCOL, null, NOW))
        .isInstanceOf(IllegalArgumentException.class);
    c.moveTo(CandidateStatus.OUT_OF_PROTOCOL, OutOfProtocolReason.UNREACHABLE, NOW);
    assertThat(c.outOfProtocolReason()).isEqualTo(OutOfProtocolReason.UNREACHABLE);
    assertThat(CandidateStatus.OUT_OF_PROTOCOL.next()).containsExactly(CandidateStatus.READMITTED);
    c.moveTo(CandidateStatus.READMITTED, null, NOW.plusMonths(2));
    assertThat(c.outOfProtocolReason()).isNull();
    assertThatThrownBy(() -> c.moveTo(CandidateStatus.IN_PROTOCOL, OutOfProtocolReason.OTHER, NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyStatusCanLeaveOrBeReadmittedSomehow() {
    for (CandidateStatus s : CandidateStatus.values()) {
      assertThat(s.next()).as("%s has somewhere to go", s).isNotEmpty();
      assertThat(
              s.canMoveTo(CandidateStatus.OUT_OF_PROTOCOL) || s == CandidateStatus.OUT_OF_PROTOCOL)
          .isTrue();
    }
  }

  @Test
  void theFirstInterviewAssessesAndCountsForTheSla() {
    Candidate c = registered();
    assertThat(c.firstInterviewOverdue(15, NOW.plusDays(14))).isFalse();
    assertThat(c.firstInterviewOverdue(15, NOW.plusDays(16)))
        .as("still waiting after 16 days")
        .isTrue();

    c.interviewed(ASSESSMENT, NOW.plusDays(20));
    assertThat(c.status()).isEqualTo(CandidateStatus.ASSESSED);
    assertThat(c.firstInterviewAt()).isEqualTo(NOW.plusDays(20));
    assertThat(c.firstInterviewOverdue(15, NOW.plusDays(40))).as("interviewed on day 20").isTrue();
    assertThat(c.firstInterviewOverdue(30, NOW.plusDays(40))).isFalse();

    c.moveTo(CandidateStatus.IN_PROTOCOL, null, NOW.plusDays(21));
    c.interviewed(ASSESSMENT, NOW.plusDays(50));
    assertThat(c.status())
        .as("later interviews do not move a candidate in protocol")
        .isEqualTo(CandidateStatus.IN_PROTOCOL);
    assertThat(c.firstInterviewAt()).isEqualTo(NOW.plusDays(20));
  }

  @Test
  void anUpdateNamesTheFieldsThatChanged() {
    Candidate c = registered();
    PersonalData d = c.personalData();
    PersonalData changed =
        new PersonalData(
            d.firstName(),
            d.lastName(),
            d.birthDate(),
            d.gender(),
            d.citizenship(),
            "Nembro",
            d.zone(),
            d.email(),
            "+39 035 1234567",
            d.education(),
            d.italianLevel(),
            Set.of("fr"),
            Set.of(Licence.DRIVING_B),
            d.professions(),
            d.employmentStatus(),
            d.didDate(),
            d.difficulties(),
            d.hasCar(),
            d.availability(),
            d.notes());
    assertThat(c.update(changed)).containsExactly("municipality", "phone");
    assertThat(c.personalData()).isEqualTo(changed);
    assertThat(c.update(changed)).isEmpty();
  }

  @Test
  void erasureKeepsOnlyWhatReportsNeed() {
    Candidate c = registered();
    c.interviewed(ASSESSMENT, NOW.plusDays(3));
    c.erase(NOW.plusDays(100));
    PersonalData d = c.personalData();
    assertThat(c.erased()).isTrue();
    assertThat(d.firstName()).isEqualTo(Candidate.ERASED);
    assertThat(d.email()).isNull();
    assertThat(d.notes()).isNull();
    assertThat(d.municipality()).isNull();
    assertThat(d.citizenship()).isEqualTo(Candidate.NON_ITALIAN);
    assertThat(d.gender()).isEqualTo(Gender.FEMALE);
    assertThat(d.zone()).isEqualTo("Valle Seriana");
    assertThat(c.ageBand()).isEqualTo("30-39");
    assertThat(c.firstInterviewAt()).isEqualTo(NOW.plusDays(3));
    assertThatThrownBy(() -> c.update(d)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theLatestAssessmentIsTheCandidatesCurrentOne() {
    Candidate c = registered();
    assertThat(c.currentAssessment()).isNull();
    c.interviewed(ASSESSMENT, NOW.plusDays(3));
    assertThat(c.currentAssessment()).isEqualTo(ASSESSMENT);
  }
}
