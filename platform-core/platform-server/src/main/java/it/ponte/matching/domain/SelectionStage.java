package it.ponte.matching.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Where a candidate stands in a vacancy's selection (candidatura). */
public enum SelectionStage {
  /** Proposed by matching or by an operator. */
  PROPOSED,
  /** CV sent to the company. */
  CV_SENT,
  /** Interview with the company. */
  COMPANY_INTERVIEW,
  HIRED,
  /** The candidate declined. */
  REFUSED_BY_CANDIDATE,
  /** The company or the operator turned the candidate down. */
  REJECTED;

  private static final Map<SelectionStage, Set<SelectionStage>> NEXT =
      Map.of(
          PROPOSED, EnumSet.of(CV_SENT, REFUSED_BY_CANDIDATE, REJECTED),
          CV_SENT, EnumSet.of(COMPANY_INTERVIEW, REFUSED_BY_CANDIDATE, REJECTED),
          COMPANY_INTERVIEW, EnumSet.of(HIRED, REFUSED_BY_CANDIDATE, REJECTED),
          HIRED, EnumSet.noneOf(SelectionStage.class),
          REFUSED_BY_CANDIDATE, EnumSet.noneOf(SelectionStage.class),
          REJECTED, EnumSet.noneOf(SelectionStage.class));

  /** The stages this one may move to; none once the selection is over. */
  public Set<SelectionStage> next() {
    return NEXT.get(this);
  }
}
