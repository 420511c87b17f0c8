package it.ponte.company.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/** A personnel request (richiesta di personale) of a company. */
@Entity
@Table(name = "vacancy")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA)
public class Vacancy {

  /** Where a personnel request stands. */
  public enum Status {
    OPEN,
    IN_SELECTION,
    FILLED,
    CLOSED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "company_id", nullable = false)
  private Company company;

  /** ISTAT CP2021 profession code, e.g. 8.1.4.3.0. */
  @Column(nullable = false)
  private String profession;

  @Column(nullable = false)
  private int positions;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  /** Who opened it: username and token subject. */
  @Column(name = "created_by")
  private String createdBy;

  protected Vacancy() {}

  Vacancy(
      Company company,
      String profession,
      int positions,
      OffsetDateTime createdAt,
      String createdBy) {
    if (positions < 1) {
      throw new IllegalArgumentException("A vacancy has at least one position");
    }
    this.company = Objects.requireNonNull(company, "company");
    this.profession = Objects.requireNonNull(profession, "profession");
    this.positions = positions;
    this.status = Status.OPEN;
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    this.createdBy = createdBy;
  }

  public Long id() {
    return id;
  }

  public Company company() {
    return company;
  }

  public String profession() {
    return profession;
  }

  public int positions() {
    return positions;
  }

  public Status status() {
    return status;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }
}
