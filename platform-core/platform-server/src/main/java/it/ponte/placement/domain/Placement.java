package it.ponte.placement.domain;

import it.ponte.company.domain.Contract;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A placement (inserimento) of a candidate with a company. A placement may follow an earlier one of
 * the same person: renewing it, extending it, or transforming a stage or tirocinio into a hiring.
 * Reports count both placements and people placed, so each placement is its own row.
 */
@Entity
@Table(name = "placement")
public class Placement {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(name = "candidate_id", nullable = false)
  private long candidateId;

  @Column(name = "company_id", nullable = false)
  private long companyId;

  @Column(name = "vacancy_id")
  private Long vacancyId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PlacementType type;

  @Enumerated(EnumType.STRING)
  private Contract contract;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "end_date")
  private LocalDate endDate;

  @Column(name = "hours_per_week")
  private BigDecimal hoursPerWeek;

  /** Monthly allowance of a tirocinio or stage, in euro. */
  @Column(name = "monthly_allowance")
  private BigDecimal monthlyAllowance;

  @Enumerated(EnumType.STRING)
  @Column(name = "trainee_category")
  private TraineeCategory traineeCategory;

  @Column(name = "previous_id")
  private Long previousId;

  @Enumerated(EnumType.STRING)
  private PlacementLink link;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "created_by")
  private String createdBy;

  protected Placement() {}

  /**
   * A placement, checked for consistency of its own fields.
   *
   * @throws IllegalArgumentException naming the field that is inconsistent
   */
  public Placement(PlacementTerms terms, OffsetDateTime at, String by) {
    this.candidateId = terms.candidateId();
    this.companyId = terms.companyId();
    this.vacancyId = terms.vacancyId();
    this.type = Objects.requireNonNull(terms.type(), "type");
    this.contract = terms.contract();
    this.startDate = Objects.requireNonNull(terms.startDate(), "startDate");
    this.endDate = terms.endDate();
    this.hoursPerWeek = terms.hoursPerWeek();
    this.monthlyAllowance = terms.monthlyAllowance();
    this.traineeCategory = terms.traineeCategory();
    this.createdAt = Objects.requireNonNull(at, "at");
    this.createdBy = by;
  }

  /**
   * Records that this placement follows {@code previous}.
   *
   * @throws IllegalArgumentException if the two cannot be linked that way
   */
  public void follows(Placement previous, PlacementLink link) {
    if (previous.candidateId != candidateId) {
      throw new IllegalArgumentException("The previous placement is another person's");
    }
    if (previous.startDate.isAfter(startDate)) {
      throw new IllegalArgumentException("The previous placement starts after this one");
    }
    switch (link) {
      case TRANSFORMATION -> {
        if (type != PlacementType.HIRING) {
          throw new IllegalArgumentException("A transformation ends in a HIRING");
        }
        boolean traineeship =
            previous.type == PlacementType.STAGE || previous.type == PlacementType.TIROCINIO;
        // Comunicazioni Obbligatorie's "trasformazione": a fixed-term contract made permanent at
        // the same employer.
        boolean madePermanent =
            previous.type == PlacementType.HIRING
                && previous.contract == Contract.FIXED_TERM
                && contract == Contract.PERMANENT;
        if (!traineeship && !madePermanent) {
          throw new IllegalArgumentException(
              "Only a stage or tirocinio, or a fixed-term hiring made permanent, is transformed");
        }
        if (madePermanent && previous.companyId != companyId) {
          throw new IllegalArgumentException(
              "A fixed-term contract is made permanent at the same company");
        }
      }
      case RENEWAL, EXTENSION -> {
        if (previous.companyId != companyId) {
          throw new IllegalArgumentException("A renewal or extension is with the same company");
        }
      }
    }
    this.previousId = previous.id;
    this.link = link;
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public long candidateId() {
    return candidateId;
  }

  public long companyId() {
    return companyId;
  }

  public Long vacancyId() {
    return vacancyId;
  }

  public PlacementType type() {
    return type;
  }

  public Contract contract() {
    return contract;
  }

  public LocalDate startDate() {
    return startDate;
  }

  public LocalDate endDate() {
    return endDate;
  }

  public BigDecimal hoursPerWeek() {
    return hoursPerWeek;
  }

  public BigDecimal monthlyAllowance() {
    return monthlyAllowance;
  }

  public TraineeCategory traineeCategory() {
    return traineeCategory;
  }

  public Long previousId() {
    return previousId;
  }

  public PlacementLink link() {
    return link;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }
}
