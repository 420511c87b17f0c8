package it.ponte.candidate.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/**
 * A person registered with a territory's programme (beneficiario). The aggregate root of the
 * candidate context: its lifecycle moves only through {@link #moveTo}, which enforces the allowed
 * transitions of {@link CandidateStatus}.
 */
@Entity
@Table(name = "candidate")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA)
public class Candidate {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(name = "first_name", nullable = false)
  private String firstName;

  @Column(name = "last_name", nullable = false)
  private String lastName;

  @Column(name = "birth_date", nullable = false)
  private LocalDate birthDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Gender gender;

  /** ISO 3166-1 alpha-2 country of citizenship. */
  @Column(nullable = false)
  private String citizenship;

  /** Comune di residenza. */
  private String municipality;

  /** One of the territory's zones. */
  private String zone;

  @Enumerated(EnumType.STRING)
  private Education education;

  @Enumerated(EnumType.STRING)
  @Column(name = "employment_status")
  private EmploymentStatus employmentStatus;

  /** Date of the DID (dichiarazione di immediata disponibilità). */
  @Column(name = "did_date")
  private LocalDate didDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CandidateStatus status;

  @Enumerated(EnumType.STRING)
  @Column(name = "out_of_protocol_reason")
  private OutOfProtocolReason outOfProtocolReason;

  @Column(name = "status_changed_at", nullable = false)
  private OffsetDateTime statusChangedAt;

  @Column(name = "registered_at", nullable = false)
  private OffsetDateTime registeredAt;

  /** When the first interview was completed, null before. */
  @Column(name = "first_interview_at")
  private OffsetDateTime firstInterviewAt;

  /** Who registered the candidate: username and token subject. */
  @Column(name = "created_by")
  private String createdBy;

  protected Candidate() {}

  /** A newly registered candidate, in {@link CandidateStatus#REGISTERED}. */
  public Candidate(PersonalData data, OffsetDateTime at, String by) {
    this.firstName = data.firstName();
    this.lastName = data.lastName();
    this.birthDate = data.birthDate();
    this.gender = data.gender();
    this.citizenship = data.citizenship();
    this.municipality = data.municipality();
    this.zone = data.zone();
    this.education = data.education();
    this.employmentStatus = data.employmentStatus();
    this.didDate = data.didDate();
    this.status = CandidateStatus.REGISTERED;
    this.statusChangedAt = Objects.requireNonNull(at, "at");
    this.registeredAt = at;
    this.createdBy = by;
  }

  /**
   * Moves the candidate along its lifecycle.
   *
   * @param reason required when leaving the protocol, refused otherwise
   * @throws IllegalTransitionException if the current status does not allow {@code target}
   */
  public void moveTo(CandidateStatus target, OutOfProtocolReason reason, OffsetDateTime at) {
    if (!status.canMoveTo(target)) {
      throw new IllegalTransitionException(status, target);
    }
    if ((target == CandidateStatus.OUT_OF_PROTOCOL) != (reason != null)) {
      throw new IllegalArgumentException(
          target == CandidateStatus.OUT_OF_PROTOCOL
              ? "Leaving the protocol needs a reason"
              : "A reason is given only when leaving the protocol");
    }
    this.status = target;
    this.outOfProtocolReason = reason;
    this.statusChangedAt = Objects.requireNonNull(at, "at");
  }

  /**
   * Records a completed interview: the first one sets the first-interview date, and a candidate
   * waiting for assessment (registered or readmitted) becomes ASSESSED.
   */
  public void interviewed(OffsetDateTime at) {
    if (firstInterviewAt == null) {
      firstInterviewAt = at;
    }
    if (status == CandidateStatus.REGISTERED || status == CandidateStatus.READMITTED) {
      moveTo(CandidateStatus.ASSESSED, null, at);
    }
  }

  /**
   * Whether the first interview came, or is still missing, later than the territory's target.
   *
   * @param slaDays days from registration to first interview the territory aims at
   */
  public boolean firstInterviewOverdue(int slaDays, OffsetDateTime now) {
    OffsetDateTime due = registeredAt.plusDays(slaDays);
    return (firstInterviewAt == null ? now : firstInterviewAt).isAfter(due);
  }

  public OffsetDateTime firstInterviewAt() {
    return firstInterviewAt;
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public PersonalData personalData() {
    return new PersonalData(
        firstName,
        lastName,
        birthDate,
        gender,
        citizenship,
        municipality,
        zone,
        education,
        employmentStatus,
        didDate);
  }

  public CandidateStatus status() {
    return status;
  }

  public OutOfProtocolReason outOfProtocolReason() {
    return outOfProtocolReason;
  }

  public OffsetDateTime statusChangedAt() {
    return statusChangedAt;
  }

  public OffsetDateTime registeredAt() {
    return registeredAt;
  }

  public String createdBy() {
    return createdBy;
  }
}
