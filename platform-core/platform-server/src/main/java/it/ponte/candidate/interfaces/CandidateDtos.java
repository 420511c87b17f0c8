package it.ponte.candidate.interfaces;

import it.ponte.candidate.domain.Assessment;
import it.ponte.candidate.domain.Candidate;
import it.ponte.candidate.domain.CandidateStatus;
import it.ponte.candidate.domain.Education;
import it.ponte.candidate.domain.EmploymentStatus;
import it.ponte.candidate.domain.Gender;
import it.ponte.candidate.domain.Interview;
import it.ponte.candidate.domain.OutOfProtocolReason;
import it.ponte.candidate.domain.PersonalData;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Request and response bodies of the candidate resources. Requests are classes with public fields:
 * Payara's OpenAPI generator fails on Bean Validation annotations on record components.
 */
public final class CandidateDtos {

  private CandidateDtos() {}

  /** A candidate to register. */
  @Schema(
      name = "NewCandidate",
      description = "A person to register with the territory's programme.")
  public static class NewCandidate {

    @Schema(required = true, example = "Amina")
    @NotBlank
    @Size(max = 100)
    public String firstName;

    @Schema(required = true, example = "Diallo")
    @NotBlank
    @Size(max = 100)
    public String lastName;

    @Schema(required = true, example = "1988-04-12")
    @NotNull
    @Past
    public LocalDate birthDate;

    @Schema(required = true)
    @NotNull
    public Gender gender;

    @Schema(
        required = true,
        description = "ISO 3166-1 alpha-2 country of citizenship",
        example = "SN")
    @NotNull
    @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 country code such as IT")
    public String citizenship;

    @Schema(description = "Comune di residenza", example = "Alzano Lombardo")
    @Size(max = 100)
    public String municipality;

    @Schema(description = "One of the territory's zones", example = "Valle Seriana")
    public String zone;

    public Education education;

    public EmploymentStatus employmentStatus;

    @Schema(description = "Date of the DID; required for UNEMPLOYED")
    @PastOrPresent
    public LocalDate didDate;

    PersonalData toPersonalData() {
      return new PersonalData(
          firstName.strip(),
          lastName.strip(),
          birthDate,
          gender,
          citizenship,
          municipality == null ? null : municipality.strip(),
          zone,
          education,
          employmentStatus,
          didDate);
    }
  }

  /** A move along the lifecycle. */
  @Schema(name = "CandidateTransition", description = "Moves a candidate to another status.")
  public static class Transition {

    @Schema(required = true)
    @NotNull
    public CandidateStatus to;

    @Schema(description = "Required when moving to OUT_OF_PROTOCOL, refused otherwise")
    public OutOfProtocolReason reason;

    @Schema(description = "The version last read; a stale one gets 409 and changes nothing")
    public Long version;
  }

  @Schema(name = "Candidate", description = "A person registered with the territory's programme.")
  public record CandidateView(
      long id,
      @Schema(description = "Changes at every update; send it back to detect concurrent edits")
          long version,
      String firstName,
      String lastName,
      LocalDate birthDate,
      Gender gender,
      String citizenship,
      String municipality,
      String zone,
      Education education,
      EmploymentStatus employmentStatus,
      LocalDate didDate,
      CandidateStatus status,
      @Schema(description = "Why the candidate left the protocol, when OUT_OF_PROTOCOL")
          OutOfProtocolReason outOfProtocolReason,
      @Schema(description = "Statuses the candidate may move to now")
          List<CandidateStatus> allowedTransitions,
      OffsetDateTime statusChangedAt,
      OffsetDateTime registeredAt,
      @Schema(description = "When the first interview was completed")
          OffsetDateTime firstInterviewAt,
      @Schema(
              description =
                  "Whether the first interview came, or is still missing, later than the territory's target")
          boolean firstInterviewOverdue) {

    static CandidateView of(Candidate c, int slaDays) {
      PersonalData d = c.personalData();
      return new CandidateView(
          c.id(),
          c.version(),
          d.firstName(),
          d.lastName(),
          d.birthDate(),
          d.gender(),
          d.citizenship(),
          d.municipality(),
          d.zone(),
          d.education(),
          d.employmentStatus(),
          d.didDate(),
          c.status(),
          c.outOfProtocolReason(),
          List.copyOf(c.status().next()),
          c.statusChangedAt(),
          c.registeredAt(),
          c.firstInterviewAt(),
          c.firstInterviewOverdue(slaDays, OffsetDateTime.now()));
    }
  }

  /** An interview to schedule. */
  @Schema(name = "NewInterview", description = "An interview to schedule with the candidate.")
  public static class NewInterview {

    @Schema(required = true, example = "2026-03-10T10:00:00+01:00")
    @NotNull
    public OffsetDateTime scheduledAt;
  }

  /** The outcome of an interview. */
  @Schema(name = "InterviewAssessment", description = "Esito del colloquio.")
  public static class AssessmentBody {

    @Schema(required = true)
    @NotNull
    public Assessment.ProfileType profileType;

    @Schema(required = true)
    @NotNull
    public Assessment.Readiness readiness;

    public Assessment.Employability employability;

    public java.util.Set<Assessment.Sector> sectors;

    Assessment toAssessment() {
      return new Assessment(profileType, readiness, employability, sectors);
    }
  }

  @Schema(
      name = "Interview",
      description = "An interview with a candidate and, once completed, its assessment.")
  public record InterviewView(
      long id,
      long candidateId,
      OffsetDateTime scheduledAt,
      OffsetDateTime completedAt,
      String interviewer,
      Assessment.ProfileType profileType,
      Assessment.Readiness readiness,
      Assessment.Employability employability,
      List<Assessment.Sector> sectors) {

    static InterviewView of(Interview i) {
      Assessment a = i.assessment();
      return new InterviewView(
          i.id(),
          i.candidateId(),
          i.scheduledAt(),
          i.completedAt(),
          i.interviewer() == null ? null : i.interviewer().replaceAll(" \\[.*]$", ""),
          a == null ? null : a.profileType(),
          a == null ? null : a.readiness(),
          a == null ? null : a.employability(),
          a == null ? List.of() : a.sectors().stream().sorted().toList());
    }
  }

  @Schema(name = "CandidatePage", description = "A page of candidates ordered by id.")
  public record CandidatePage(List<CandidateView> items, long total, int offset, int limit) {}
}
