package it.ponte.company.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/**
 * A company (azienda) the programme works with, possibly a member of its Board. Lives in the
 * tenant's schema; the schema is chosen per entity manager, never by a column.
 */
@Entity
@Table(name = "company")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA)
public class Company {

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

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  /** Who registered it: username and token subject. */
  @Column(name = "created_by")
  private String createdBy;

  @OneToMany(mappedBy = "company")
  @OrderBy("id")
  private List<Vacancy> vacancies = new ArrayList<>();

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

  /** Opens a personnel request of this company. */
  public Vacancy openVacancy(String profession, int positions, OffsetDateTime at, String by) {
    Vacancy vacancy = new Vacancy(this, profession, positions, at, by);
    vacancies.add(vacancy);
    return vacancy;
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

  public List<Vacancy> vacancies() {
    return Collections.unmodifiableList(vacancies);
  }
}
