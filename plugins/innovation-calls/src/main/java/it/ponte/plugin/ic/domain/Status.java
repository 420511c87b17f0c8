package it.ponte.plugin.ic.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an application stands. SUBMITTED, then the eligibility check (INELIGIBLE, with reasons, or
 * ACCOMPANIMENT with workshops), PITCH, EVALUATION by the committee, its decision (SELECTED,
 * REJECTED or STAND_BY), funding (FUNDED) and its end (CONCLUDED). WITHDRAWN at any step before a
 * decision, or from stand-by.
 */
public enum Status {
  SUBMITTED,
  INELIGIBLE,
  ACCOMPANIMENT,
  PITCH,
  EVALUATION,
  SELECTED,
  REJECTED,
  STAND_BY,
  FUNDED,
  CONCLUDED,
  WITHDRAWN;

  /** The states this one may move to. */
  public Set<Status> next() {
    return switch (this) {
      case SUBMITTED -> EnumSet.of(INELIGIBLE, ACCOMPANIMENT, WITHDRAWN);
      case ACCOMPANIMENT -> EnumSet.of(PITCH, WITHDRAWN);
      case PITCH -> EnumSet.of(EVALUATION, WITHDRAWN);
      case EVALUATION -> EnumSet.of(SELECTED, REJECTED, STAND_BY, WITHDRAWN);
      case STAND_BY -> EnumSet.of(SELECTED, REJECTED, WITHDRAWN);
      case SELECTED -> EnumSet.of(FUNDED, WITHDRAWN);
      case FUNDED -> EnumSet.of(CONCLUDED);
      case INELIGIBLE, REJECTED, CONCLUDED, WITHDRAWN -> EnumSet.noneOf(Status.class);
    };
  }

  public boolean canMoveTo(Status target) {
    return next().contains(target);
  }
}
