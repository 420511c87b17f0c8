package it.ponte.candidate.interfaces;

import it.ponte.candidate.domain.Candidate;
import it.ponte.candidate.domain.CandidateStatus;
import it.ponte.candidate.domain.Education;
import it.ponte.candidate.domain.EmploymentStatus;
import it.ponte.candidate.domain.Gender;
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
      OffsetDateTime registeredAt) {

    static CandidateView of(Candidate c) {
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
          c.registeredAt());
    }
  }

  @Schema(name = "CandidatePage", description = "A page of candidates ordered by id.")
  public record CandidatePage(List<CandidateView> items, long total, int offset, int limit) {}
}
