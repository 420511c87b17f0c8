package it.ponte.training.domain;

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

/** A candidate's enrolment in a course, until completion or withdrawal. */
@Entity
@Table(name = "enrolment")
public class Enrolment {

  /** Where an enrolment stands. */
  public enum Status {
    ENROLLED,
    COMPLETED,
    WITHDRAWN
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(name = "course_id", nullable = false)
  private long courseId;

  @Column(name = "candidate_id", nullable = false)
  private long candidateId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  @Column(name = "enrolled_at", nullable = false)
  private OffsetDateTime enrolledAt;

  @Column(name = "completed_on")
  private LocalDate completedOn;

  protected Enrolment() {}

  public Enrolment(long courseId, long candidateId, OffsetDateTime at) {
    this.courseId = courseId;
    this.candidateId = candidateId;
    this.status = Status.ENROLLED;
    this.enrolledAt = at;
  }

  /** Ends the enrolment: completed on a day, or withdrawn. */
  public void end(Status outcome, LocalDate on) {
    if (status != Status.ENROLLED) {
      throw new IllegalStateException("The enrolment already ended as " + status);
    }
    if (outcome == Status.ENROLLED) {
      throw new IllegalArgumentException("An enrolment ends as COMPLETED or WITHDRAWN");
    }
    this.status = outcome;
    this.completedOn = outcome == Status.COMPLETED ? on : null;
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public long courseId() {
    return courseId;
  }

  public long candidateId() {
    return candidateId;
  }

  public Status status() {
    return status;
  }

  public OffsetDateTime enrolledAt() {
    return enrolledAt;
  }

  public LocalDate completedOn() {
    return completedOn;
  }
}
