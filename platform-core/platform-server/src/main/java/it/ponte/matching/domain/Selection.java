package it.ponte.matching.domain;

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

/** A candidate in a vacancy's selection (candidatura). Refers to both by id only. */
@Entity
@Table(name = "selection")
public class Selection {

  /** Who put the candidate forward. */
  public enum ProposedBy {
    MATCHING,
    OPERATOR
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(name = "vacancy_id", nullable = false)
  private long vacancyId;

  @Column(name = "candidate_id", nullable = false)
  private long candidateId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SelectionStage stage;

  @Enumerated(EnumType.STRING)
  @Column(name = "proposed_by", nullable = false)
  private ProposedBy proposedBy;

  /** The matching score when proposed, null when it was not computed. */
  private Integer score;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "stage_changed_at", nullable = false)
  private OffsetDateTime stageChangedAt;

  @Column(name = "created_by")
  private String createdBy;

  /** The placement the hiring produced, once recorded. */
  @Column(name = "placement_id")
  private Long placementId;

  protected Selection() {}

  public Selection(
      long vacancyId,
      long candidateId,
      ProposedBy proposedBy,
      Integer score,
      OffsetDateTime at,
      String by) {
    this.vacancyId = vacancyId;
    this.candidateId = candidateId;
    this.proposedBy = Objects.requireNonNull(proposedBy, "proposedBy");
    this.score = score;
    this.stage = SelectionStage.PROPOSED;
    this.createdAt = Objects.requireNonNull(at, "at");
    this.stageChangedAt = at;
    this.createdBy = by;
  }

  /**
   * Moves the selection on.
   *
   * @throws IllegalStateException if the current stage does not allow {@code target}
   */
  public void moveTo(SelectionStage target, OffsetDateTime at) {
    if (!stage.next().contains(target)) {
      throw new IllegalStateException(
          "A selection at "
              + stage
              + " cannot move to "
              + target
              + ". Allowed now: "
              + stage.next()
              + ".");
    }
    this.stage = target;
    this.stageChangedAt = at;
  }

  /**
   * A placement in the vacancy was recorded while this selection was still under way: the placement
   * proves the hiring, whatever stage the operators had reached.
   *
   * @throws IllegalStateException if the selection already ended otherwise (refused, rejected)
   */
  public void hiredWithPlacement(OffsetDateTime at) {
    if (stage != SelectionStage.HIRED && stage.next().isEmpty()) {
      throw new IllegalStateException("A selection that ended at " + stage + " is not a hiring");
    }
    if (stage != SelectionStage.HIRED) {
      this.stage = SelectionStage.HIRED;
      this.stageChangedAt = at;
    }
  }

  /** Links the placement this selection's hiring produced. */
  public void produced(long placement) {
    if (stage != SelectionStage.HIRED) {
      throw new IllegalStateException("Only a hiring produces a placement");
    }
    this.placementId = placement;
  }

  public Long placementId() {
    return placementId;
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public long vacancyId() {
    return vacancyId;
  }

  public long candidateId() {
    return candidateId;
  }

  public SelectionStage stage() {
    return stage;
  }

  public ProposedBy proposedBy() {
    return proposedBy;
  }

  public Integer score() {
    return score;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime stageChangedAt() {
    return stageChangedAt;
  }
}
