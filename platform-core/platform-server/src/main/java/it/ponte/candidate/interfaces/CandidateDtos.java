package it.ponte.candidate.interfaces;

import it.ponte.candidate.application.CandidateService;
import it.ponte.candidate.domain.Assessment;
import it.ponte.candidate.domain.Candidate;
import it.ponte.candidate.domain.CandidateStatus;
import it.ponte.candidate.domain.Consent;
import it.ponte.candidate.domain.ConsentPurpose;
import it.ponte.candidate.domain.Difficulty;
import it.ponte.candidate.domain.Education;
import it.ponte.candidate.domain.EmploymentStatus;
import it.ponte.candidate.domain.Gender;
import it.ponte.candidate.domain.Interview;
import it.ponte.candidate.domain.ItalianLevel;
import it.ponte.candidate.domain.Licence;
import it.ponte.candidate.domain.OutOfProtocolReason;
import it.ponte.candidate.domain.PersonalData;
import it.ponte.candidate.domain.ReferralSource;
import it.ponte.candidate.domain.Shift;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Request and response bodies of the candidate resources. Requests are classes with public fields:
 * Payara's OpenAPI generator fails on Bean Validation annotations on record components.
 */
public final class CandidateDtos {

  private CandidateDtos() {}

  /** A candidate's personal data as sent by a client. */
  @Schema(name = "CandidateData", description = "A person's data.")
  public static class CandidateData {

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

    @Schema(example = "amina.diallo@example.org")
    @Email
    @Size(max = 200)
    public String email;

    @Schema(example = "+39 035 000000")
    @Pattern(regexp = "\\+?[0-9 ()-]{6,20}", message = "must be a phone number")
    public String phone;

    public Education education;

    public ItalianLevel italianLevel;

    @Schema(description = "Other languages, ISO 639-1 codes", example = "[\"fr\", \"wo\"]")
    @Size(max = 20)
    public Set<String> languages;

    public Set<Licence> licences;

    @Schema(
        description = "Professions of interest, ISTAT CP2021 codes",
        example = "[\"8.1.4.3.0\"]")
    @Size(max = 20)
    public Set<String> professions;

    public EmploymentStatus employmentStatus;

    @Schema(
        description =
            "Date of the DID; required for UNEMPLOYED; not after today in the territory's time zone")
    public LocalDate didDate;

    public Set<Difficulty> difficulties;

    @Schema(description = "Whether the candidate can use a car for work")
    public Boolean hasCar;

    @Schema(description = "Time slots the candidate can work in")
    public Set<Shift> availability;

    @Schema(description = "Free-text notes of the operators")
    @Size(max = 4000)
    public String notes;

    @Schema(description = "Who sent the person to the programme")
    public ReferralSource referral;

    @Schema(
        description =
            "The partner organisation that sent them: one of the territory's partners,"
                + " required with PARTNER and refused otherwise")
    public String referralPartner;

    public PersonalData toPersonalData() {
      return new PersonalData(
          firstName.strip(),
          lastName.strip(),
          birthDate,
          gender,
          citizenship,
          strip(municipality),
          zone,
          strip(email),
          strip(phone),
          education,
          italianLevel,
          languages,
          licences,
          professions,
          employmentStatus,
          didDate,
          difficulties,
          hasCar,
          availability,
          strip(notes));
    }

    private static String strip(String value) {
      return value == null || value.isBlank() ? null : value.strip();
    }
  }

  /** A new candidate, with the consent they gave to the operator. */
  @Schema(
      name = "NewCandidate",
      description = "A person to register with the territory's programme.")
  public static class NewCandidate extends CandidateData {

    @Schema(description = "The consent the person gave, if collected at registration")
    @Valid
    public ConsentBody consent;
  }

  /** A candidate's corrected data. */
  @Schema(
      name = "CandidateUpdate",
      description = "Replaces a candidate's personal data; fields left out become empty.")
  public static class CandidateUpdate extends CandidateData {

    @Schema(description = "The version last read; a stale one gets 409 and changes nothing")
    public Long version;
  }

  /** A consent to a version of the privacy notice. */
  @Schema(
      name = "Consent",
      description = "A consent to a version of the territory's privacy notice.")
  public static class ConsentBody {

    @Schema(required = true, example = "2025-01")
    @NotBlank
    @Size(max = 40)
    public String noticeVersion;

    @Schema(required = true, description = "Must include PROGRAMME")
    @NotNull
    public Set<ConsentPurpose> purposes;

    CandidateService.ConsentGiven toConsent() {
      return new CandidateService.ConsentGiven(noticeVersion.strip(), purposes);
    }
  }

  @Schema(name = "ConsentRecord", description = "A consent as recorded.")
  public record ConsentView(
      long id,
      String noticeVersion,
      List<ConsentPurpose> purposes,
      OffsetDateTime givenAt,
      Consent.Source source) {

    static ConsentView of(Consent c) {
      return new ConsentView(
          c.id(), c.noticeVersion(), List.copyOf(c.purposes()), c.givenAt(), c.source());
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
      String email,
      String phone,
      Education education,
      ItalianLevel italianLevel,
      List<String> languages,
      List<Licence> licences,
      List<String> professions,
      EmploymentStatus employmentStatus,
      LocalDate didDate,
      List<Difficulty> difficulties,
      Boolean hasCar,
      List<Shift> availability,
      String notes,
      ReferralSource referral,
      String referralPartner,
      @Schema(description = "The latest assessment, from the latest completed interview")
          Assessment.ProfileType profileType,
      Assessment.Readiness readiness,
      Assessment.Employability employability,
      List<Assessment.Sector> sectors,
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
          boolean firstInterviewOverdue,
      @Schema(
              description =
                  "When the first interview is due by the territory's target (registration plus"
                      + " firstInterviewSlaDays)")
          OffsetDateTime firstInterviewDueAt) {

    static CandidateView of(Candidate c, int slaDays) {
      PersonalData d = c.personalData();
      Assessment a = c.currentAssessment();
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
          d.email(),
          d.phone(),
          d.education(),
          d.italianLevel(),
          d.languages().stream().sorted().toList(),
          d.licences().stream().sorted().toList(),
          d.professions().stream().sorted().toList(),
          d.employmentStatus(),
          d.didDate(),
          d.difficulties().stream().sorted().toList(),
          d.hasCar(),
          d.availability().stream().sorted().toList(),
          d.notes(),
          c.referral(),
          c.referralPartner(),
          a == null ? null : a.profileType(),
          a == null ? null : a.readiness(),
          a == null ? null : a.employability(),
          a == null ? List.of() : a.sectors().stream().sorted().toList(),
          c.status(),
          c.outOfProtocolReason(),
          List.copyOf(c.status().next()),
          c.statusChangedAt(),
          c.registeredAt(),
          c.firstInterviewAt(),
          c.firstInterviewOverdue(slaDays, OffsetDateTime.now()),
          c.registeredAt().plusDays(slaDays));
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
      List<Assessment.Sector> sectors,
      @Schema(description = "When the person was recorded as not having come, if they did not")
          OffsetDateTime missedAt,
      @Schema(description = "The operators' notes, brought by a historical import") String notes) {

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
          a == null ? List.of() : a.sectors().stream().sorted().toList(),
          i.missedAt(),
          i.notes());
    }
  }

  @Schema(
      name = "CandidateSummary",
      description = "A candidate as listed: enough to find them, not the full record.")
  public record CandidateSummary(
      long id,
      long version,
      String firstName,
      String lastName,
      String zone,
      CandidateStatus status,
      Assessment.ProfileType profileType,
      List<Assessment.Sector> sectors,
      OffsetDateTime registeredAt,
      boolean firstInterviewOverdue,
      @Schema(description = "When the first interview is due by the territory's target")
          OffsetDateTime firstInterviewDueAt) {

    static CandidateSummary of(Candidate c, int slaDays) {
      PersonalData d = c.personalData();
      Assessment a = c.currentAssessment();
      return new CandidateSummary(
          c.id(),
          c.version(),
          d.firstName(),
          d.lastName(),
          d.zone(),
          c.status(),
          a == null ? null : a.profileType(),
          a == null ? List.of() : a.sectors().stream().sorted().toList(),
          c.registeredAt(),
          c.firstInterviewOverdue(slaDays, OffsetDateTime.now()),
          c.registeredAt().plusDays(slaDays));
    }
  }

  @Schema(name = "CandidatePage", description = "A page of candidates ordered by id.")
  public record CandidatePage(List<CandidateSummary> items, long total, int offset, int limit) {}
}
