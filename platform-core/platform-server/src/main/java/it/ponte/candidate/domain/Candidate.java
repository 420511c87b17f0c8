package it.ponte.candidate.domain;

import it.ponte.platform.domain.Codes;
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
import java.util.Set;

/**
 * A person registered with a territory's programme (beneficiario). The aggregate root of the
 * candidate context: its lifecycle moves only through {@link #moveTo}, which enforces the allowed
 * transitions of {@link CandidateStatus}.
 */
@Entity
@Table(name = "candidate")
public class Candidate {

  /** What erased names read. */
  public static final String ERASED = "[erased]";

  /** Citizenship kept for an erased non-Italian person: the ISO user-assigned "unknown" code. */
  public static final String NON_ITALIAN = "ZZ";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(name = "first_name", nullable = false)
  private String firstName;

  @Column(name = "last_name", nullable = false)
  private String lastName;

  /** Null once erased. */
  @Column(name = "birth_date")
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

  private String email;

  private String phone;

  @Enumerated(EnumType.STRING)
  private Education education;

  @Enumerated(EnumType.STRING)
  @Column(name = "italian_level")
  private ItalianLevel italianLevel;

  /** ISO 639-1 codes, see {@link Codes}. */
  private String languages;

  /** {@link Licence} names, see {@link Codes}. */
  private String licences;

  /** CP2021 codes, see {@link Codes}. */
  private String professions;

  /** {@link Difficulty} names, see {@link Codes}. */
  private String difficulties;

  @Column(name = "has_car")
  private Boolean hasCar;

  /** {@link Shift} names, see {@link Codes}. */
  private String availability;

  private String notes;

  /** The latest assessment, copied from the latest completed interview for matching. */
  @Enumerated(EnumType.STRING)
  @Column(name = "profile_type")
  private Assessment.ProfileType profileType;

  @Enumerated(EnumType.STRING)
  private Assessment.Readiness readiness;

  @Enumerated(EnumType.STRING)
  private Assessment.Employability employability;

  /** {@link Assessment.Sector} names, see {@link Codes}. */
  private String sectors;

  /** When the person's data was erased on request (GDPR art. 17), null before. */
  @Column(name = "erased_at")
  private OffsetDateTime erasedAt;

  /** Age band kept when the birth date is erased. */
  @Column(name = "age_band")
  private String ageBand;

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
  /** Who sent the person to the programme, null when not recorded. */
  @Column(name = "referral")
  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  private ReferralSource referral;

  /** The partner organisation that sent them, when {@link #referral} is PARTNER. */
  @Column(name = "referral_partner")
  private String referralPartner;

  public Candidate(PersonalData data, OffsetDateTime at, String by) {
    apply(data);
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
   * Replaces the person's data.
   *
   * @return the names of the fields that changed
   * @throws IllegalStateException if the person's data was erased
   */
  public Set<String> update(PersonalData data) {
    requireNotErased();
    Set<String> changed = personalData().changedIn(data);
    apply(data);
    return changed;
  }

  private void apply(PersonalData data) {
    this.firstName = data.firstName();
    this.lastName = data.lastName();
    this.birthDate = data.birthDate();
    this.gender = data.gender();
    this.citizenship = data.citizenship();
    this.municipality = data.municipality();
    this.zone = data.zone();
    this.email = data.email();
    this.phone = data.phone();
    this.education = data.education();
    this.italianLevel = data.italianLevel();
    this.languages = Codes.join(data.languages());
    this.licences = Codes.join(data.licences());
    this.professions = Codes.join(data.professions());
    this.employmentStatus = data.employmentStatus();
    this.didDate = data.didDate();
    this.difficulties = Codes.join(data.difficulties());
    this.hasCar = data.hasCar();
    this.availability = Codes.join(data.availability());
    this.notes = data.notes();
  }

  /**
   * Erases the person (GDPR art. 17): every personal field is blanked; gender, age band, zone,
   * Italian or not, the dates and the lifecycle stay, so that reports remain true.
   */
  public void erase(OffsetDateTime at) {
    requireNotErased();
    this.ageBand = AgeBand.of(birthDate, at.toLocalDate()).label();
    this.firstName = ERASED;
    this.lastName = ERASED;
    this.birthDate = null;
    this.citizenship = "IT".equals(citizenship) ? "IT" : NON_ITALIAN;
    this.municipality = null;
    this.email = null;
    this.phone = null;
    this.languages = null;
    this.professions = null;
    this.didDate = null;
    this.difficulties = null;
    this.hasCar = null;
    this.availability = null;
    this.notes = null;
    this.erasedAt = at;
  }

  /** Whether the person's data was erased. */
  public boolean erased() {
    return erasedAt != null;
  }

  public OffsetDateTime erasedAt() {
    return erasedAt;
  }

  /** The age band kept at erasure, null before. */
  public String ageBand() {
    return ageBand;
  }

  private void requireNotErased() {
    if (erasedAt != null) {
      throw new IllegalStateException("Candidate " + id + " was erased on request");
    }
  }

  /**
   * Records a completed interview: the first one sets the first-interview date, a candidate waiting
   * for assessment (registered or readmitted) becomes ASSESSED, and the assessment becomes the
   * candidate's current one.
   */
  public void interviewed(Assessment assessment, OffsetDateTime at) {
    if (firstInterviewAt == null) {
      firstInterviewAt = at;
    }
    this.profileType = assessment.profileType();
    this.readiness = assessment.readiness();
    this.employability = assessment.employability();
    this.sectors = Codes.join(assessment.sectors());
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

  /** Records who sent the person; a partner only with PARTNER. */
  public void referredBy(ReferralSource source, String partner) {
    if ((source == ReferralSource.PARTNER) != (partner != null)) {
      throw new IllegalArgumentException("A partner is named exactly when the source is PARTNER");
    }
    this.referral = source;
    this.referralPartner = partner;
  }

  public ReferralSource referral() {
    return referral;
  }

  public String referralPartner() {
    return referralPartner;
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

  /** The person's data; after erasure, what is left of it. */
  public PersonalData personalData() {
    return new PersonalData(
        firstName,
        lastName,
        birthDate == null ? LocalDate.EPOCH : birthDate,
        gender,
        citizenship,
        municipality,
        zone,
        email,
        phone,
        education,
        italianLevel,
        Codes.split(languages),
        Codes.enums(licences, Licence.class),
        Codes.split(professions),
        employmentStatus,
        didDate,
        Codes.enums(difficulties, Difficulty.class),
        hasCar,
        Codes.enums(availability, Shift.class),
        notes);
  }

  /** The latest assessment, null before the first completed interview. */
  public Assessment currentAssessment() {
    return profileType == null
        ? null
        : new Assessment(
            profileType, readiness, employability, Codes.enums(sectors, Assessment.Sector.class));
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
