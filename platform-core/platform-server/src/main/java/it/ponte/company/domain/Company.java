package it.ponte.company.domain;

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

/**
 * A company (azienda) the programme works with, possibly a member of its Board. Lives in the
 * tenant's schema; the schema is chosen per entity manager, never by a column. Its vacancies refer
 * to it by id rather than through a JPA relationship: relationships between schema-discriminated
 * entities have misbehaved under concurrent use of two tenants in EclipseLink, and a plain id
 * column cannot.
 */
@Entity
@Table(name = "company")
public class Company {

  /** Size class by headcount, as in EU SME definitions. */
  public enum Size {
    /** Fewer than 10. */
    MICRO,
    /** 10 to 49. */
    SMALL,
    /** 50 to 249. */
    MEDIUM,
    /** 250 or more. */
    LARGE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(nullable = false)
  private String name;

  /** Partita IVA. */
  @Column(name = "vat_number", nullable = false)
  private String vatNumber;

  /** ATECO 2025 activity code, e.g. 56.10.11. */
  @Column(name = "ateco_code")
  private String atecoCode;

  /** Date of formal adhesion to the Board, null if not a member. */
  @Column(name = "board_joined_on")
  private LocalDate boardJoinedOn;

  /** Date the company left the Board, null while a member. */
  @Column(name = "board_left_on")
  private LocalDate boardLeftOn;

  @Enumerated(EnumType.STRING)
  private Size size;

  private String address;

  private String email;

  private String phone;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  /** Who registered it: username and token subject. */
  @Column(name = "created_by")
  private String createdBy;

  protected Company() {}

  public Company(
      String name,
      String vatNumber,
      String atecoCode,
      LocalDate boardJoinedOn,
      OffsetDateTime createdAt,
      String createdBy) {
    this.name = Objects.requireNonNull(name, "name");
    this.vatNumber = Objects.requireNonNull(vatNumber, "vatNumber");
    this.atecoCode = atecoCode;
    this.boardJoinedOn = boardJoinedOn;
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    this.createdBy = createdBy;
  }

  /** Sets size, address, contacts and the date the company left the Board. */
  public void describe(Size size, String address, String email, String phone, LocalDate leftOn) {
    if (leftOn != null && (boardJoinedOn == null || leftOn.isBefore(boardJoinedOn))) {
      throw new IllegalArgumentException("A company leaves the Board after joining it");
    }
    this.size = size;
    this.address = address;
    this.email = email;
    this.phone = phone;
    this.boardLeftOn = leftOn;
  }

  /** Whether the company is a member of the Board on a day. */
  public boolean boardMemberOn(LocalDate day) {
    return boardJoinedOn != null
        && !day.isBefore(boardJoinedOn)
        && (boardLeftOn == null || day.isBefore(boardLeftOn));
  }

  public LocalDate boardLeftOn() {
    return boardLeftOn;
  }

  public Size size() {
    return size;
  }

  public String address() {
    return address;
  }

  public String email() {
    return email;
  }

  public String phone() {
    return phone;
  }

  /** Opens a personnel request of this company. */
  public Vacancy openVacancy(VacancyDetails details, OffsetDateTime at, String by) {
    return new Vacancy(id, details, at, by);
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public String name() {
    return name;
  }

  public String vatNumber() {
    return vatNumber;
  }

  public String atecoCode() {
    return atecoCode;
  }

  public LocalDate boardJoinedOn() {
    return boardJoinedOn;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }
}
