package it.ponte.candidate.domain;

import it.ponte.platform.domain.Codes;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Set;

/** A consent given by a candidate to a version of the territory's privacy notice. */
@Entity
@Table(name = "consent")
public class Consent {

  /** Where the consent was collected. */
  public enum Source {
    OPERATOR,
    PUBLIC_FORM,
    /** Recorded by the territory before it joined, brought in by a historical import. */
    IMPORT
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "candidate_id", nullable = false)
  private long candidateId;

  @Column(name = "notice_version", nullable = false)
  private String noticeVersion;

  /** {@link ConsentPurpose} names, see {@link Codes}. */
  @Column(nullable = false)
  private String purposes;

  @Column(name = "given_at", nullable = false)
  private OffsetDateTime givenAt;

  @Column(nullable = false)
  private String source;

  protected Consent() {}

  public Consent(
      long candidateId,
      String noticeVersion,
      Set<ConsentPurpose> purposes,
      OffsetDateTime givenAt,
      Source source) {
    if (purposes == null || !purposes.contains(ConsentPurpose.PROGRAMME)) {
      throw new IllegalArgumentException("Consent to the PROGRAMME purpose is required");
    }
    this.candidateId = candidateId;
    this.noticeVersion = Objects.requireNonNull(noticeVersion, "noticeVersion");
    this.purposes = Codes.join(purposes);
    this.givenAt = Objects.requireNonNull(givenAt, "givenAt");
    this.source = source.name();
  }

  public Long id() {
    return id;
  }

  public long candidateId() {
    return candidateId;
  }

  public String noticeVersion() {
    return noticeVersion;
  }

  public Set<ConsentPurpose> purposes() {
    return Codes.enums(purposes, ConsentPurpose.class);
  }

  public OffsetDateTime givenAt() {
    return givenAt;
  }

  public Source source() {
    return Source.valueOf(source);
  }
}
