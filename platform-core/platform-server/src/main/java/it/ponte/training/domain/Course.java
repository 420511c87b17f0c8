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
import java.util.Objects;

/** A course (formazione) offered to candidates, run by a provider (ente di formazione). */
@Entity
@Table(name = "course")
public class Course {

  /** How the course is given. */
  public enum Mode {
    /** In presenza. */
    IN_PERSON,
    /** A distanza. */
    REMOTE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(nullable = false)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CourseCategory category;

  @Column(nullable = false)
  private String provider;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Mode mode;

  @Column(name = "starts_on", nullable = false)
  private LocalDate startsOn;

  @Column(name = "ends_on", nullable = false)
  private LocalDate endsOn;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "created_by")
  private String createdBy;

  protected Course() {}

  public Course(
      String title,
      CourseCategory category,
      String provider,
      Mode mode,
      LocalDate startsOn,
      LocalDate endsOn,
      OffsetDateTime at,
      String by) {
    if (endsOn.isBefore(startsOn)) {
      throw new IllegalArgumentException("A course ends on or after its start");
    }
    this.title = Objects.requireNonNull(title, "title");
    this.category = Objects.requireNonNull(category, "category");
    this.provider = Objects.requireNonNull(provider, "provider");
    this.mode = Objects.requireNonNull(mode, "mode");
    this.startsOn = startsOn;
    this.endsOn = endsOn;
    this.createdAt = Objects.requireNonNull(at, "at");
    this.createdBy = by;
  }

  public Long id() {
    return id;
  }

  public String title() {
    return title;
  }

  public CourseCategory category() {
    return category;
  }

  public String provider() {
    return provider;
  }

  public Mode mode() {
    return mode;
  }

  public LocalDate startsOn() {
    return startsOn;
  }

  public LocalDate endsOn() {
    return endsOn;
  }
}
