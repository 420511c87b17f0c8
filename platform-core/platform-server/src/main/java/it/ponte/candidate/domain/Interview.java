package it.ponte.candidate.domain;

import it.ponte.candidate.domain.Assessment.Employability;
import it.ponte.candidate.domain.Assessment.ProfileType;
import it.ponte.candidate.domain.Assessment.Readiness;
import it.ponte.candidate.domain.Assessment.Sector;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** An interview (colloquio) with a candidate: scheduled, then completed with an assessment. */
@Entity
@Table(name = "interview")
public class Interview {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(name = "candidate_id", nullable = false)
  private long candidateId;

  @Column(name = "scheduled_at", nullable = false)
  private OffsetDateTime scheduledAt;

  @Column(name = "completed_at")
  private OffsetDateTime completedAt;

  /** Who held the interview: username and token subject. */
  private String interviewer;

  @Enumerated(EnumType.STRING)
  @Column(name = "profile_type")
  private ProfileType profileType;

  @Enumerated(EnumType.STRING)
  private Readiness readiness;

  @Enumerated(EnumType.STRING)
  private Employability employability;

  /** Sector names, comma-separated. */
  private String sectors;

  /** When the person was recorded as not having come (no-show), null otherwise. */
  @Column(name = "missed_at")
  private OffsetDateTime missedAt;

  /** The operators' notes, as a territory's history brings them (historical imports). */
  private String notes;

  protected Interview() {}

  public Interview(long candidateId, OffsetDateTime scheduledAt) {
    this.candidateId = candidateId;
    this.scheduledAt = Objects.requireNonNull(scheduledAt, "scheduledAt");
  }

  /** Records the outcome; an interview is completed once, and a missed one never. */
  public void complete(Assessment assessment, OffsetDateTime at, String by) {
    if (completedAt != null) {
      throw new IllegalStateException("Interview " + id + " was already completed");
    }
    if (missedAt != null) {
      throw new IllegalStateException("Interview " + id + " was missed");
    }
    this.completedAt = Objects.requireNonNull(at, "at");
    this.interviewer = by;
    this.profileType = assessment.profileType();
    this.readiness = assessment.readiness();
    this.employability = assessment.employability();
    this.sectors =
        assessment.sectors().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
  }

  /** Records that the person did not come; a completed interview was not missed. */
  public void missed(OffsetDateTime at, String by) {
    if (completedAt != null) {
      throw new IllegalStateException("Interview " + id + " was already completed");
    }
    if (missedAt != null) {
      throw new IllegalStateException("Interview " + id + " was already recorded as missed");
    }
    this.missedAt = Objects.requireNonNull(at, "at");
    this.interviewer = by;
  }

  public OffsetDateTime missedAt() {
    return missedAt;
  }

  public String notes() {
    return notes;
  }

  public Long id() {
    return id;
  }

  public long candidateId() {
    return candidateId;
  }

  public OffsetDateTime scheduledAt() {
    return scheduledAt;
  }

  public OffsetDateTime completedAt() {
    return completedAt;
  }

  public String interviewer() {
    return interviewer;
  }

  /** The assessment, null while the interview is not completed. */
  public Assessment assessment() {
    if (completedAt == null) {
      return null;
    }
    Set<Sector> set = EnumSet.noneOf(Sector.class);
    if (sectors != null && !sectors.isEmpty()) {
      Arrays.stream(sectors.split(",")).map(Sector::valueOf).forEach(set::add);
    }
    return new Assessment(profileType, readiness, employability, set);
  }
}
