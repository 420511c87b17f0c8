package it.ponte.candidate.domain;

import java.util.Set;

/** A lifecycle move the candidate's current status does not allow. */
public class IllegalTransitionException extends RuntimeException {

  private final CandidateStatus from;
  private final CandidateStatus to;

  public IllegalTransitionException(CandidateStatus from, CandidateStatus to) {
    super("A candidate " + from + " cannot become " + to + "; allowed: " + from.next());
    this.from = from;
    this.to = to;
  }

  public CandidateStatus from() {
    return from;
  }

  public CandidateStatus to() {
    return to;
  }

  public Set<CandidateStatus> allowed() {
    return from.next();
  }
}
