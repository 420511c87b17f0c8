package it.ponte.company.domain;

import it.ponte.candidate.domain.Assessment;
import it.ponte.candidate.domain.Shift;
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
import java.time.OffsetDateTime;
import java.util.Objects;

/** A personnel request (richiesta di personale) of a company. */
@Entity
@Table(name = "vacancy")
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

  /** The company's id: a plain column, not a JPA relationship (see {@link Company}). */
  @Column(name = "company_id", nullable = false)
  private long companyId;

  /** ISTAT CP2021 profession code, e.g. 8.1.4.3.0. */
  @Column(nullable = false)
  private String profession;

  @Column(nullable = false)
  private int positions;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  private String title;

  @Enumerated(EnumType.STRING)
  private Contract contract;

  private String municipality;

  private String zone;

  @Enumerated(EnumType.STRING)
  private Assessment.Sector sector;

  /** {@link Shift} names, see {@link Codes}. */
  private String shifts;

  /** See {@link Requirement#join}. */
  private String requirements;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  /** Who opened it: username and token subject. */
  @Column(name = "created_by")
  private String createdBy;

  protected Vacancy() {}

  Vacancy(Long companyId, VacancyDetails details, OffsetDateTime createdAt, String createdBy) {
    this.companyId = Objects.requireNonNull(companyId, "companyId");
    this.profession = details.profession();
    this.positions = details.positions();
    this.title = details.title();
    this.contract = details.contract();
    this.municipality = details.municipality();
    this.zone = details.zone();
    this.sector = details.sector();
    this.shifts = Codes.join(details.shifts());
    this.requirements = Requirement.join(details.requirements());
    this.status = Status.OPEN;
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    this.createdBy = createdBy;
  }

  public Long id() {
    return id;
  }

  public long companyId() {
    return companyId;
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

  public long version() {
    return version;
  }

  public VacancyDetails details() {
    return new VacancyDetails(
        title,
        profession,
        positions,
        contract,
        municipality,
        zone,
        sector,
        Codes.enums(shifts, Shift.class),
        Requirement.split(requirements));
  }

  /** A first candidate is proposed: an open vacancy goes into selection. */
  public void selectionStarted() {
    if (status == Status.OPEN) {
      status = Status.IN_SELECTION;
    }
  }

  /** All positions are taken. */
  public void filled() {
    if (status != Status.CLOSED) {
      status = Status.FILLED;
    }
  }

  /** The company withdrew the request, or it was filled elsewhere. */
  public void close() {
    status = Status.CLOSED;
  }

  /** Whether candidates may still be proposed. */
  public boolean acceptsCandidates() {
    return status == Status.OPEN || status == Status.IN_SELECTION;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }
}
