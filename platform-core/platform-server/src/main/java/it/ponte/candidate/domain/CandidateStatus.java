package it.ponte.candidate.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a candidate is in the programme. A candidate registers, is assessed at the first interview,
 * enters the protocol, and is placed or leaves it; one who left may be readmitted.
 */
public enum CandidateStatus {
  REGISTERED,
  ASSESSED,
  IN_PROTOCOL,
  PLACED,
  OUT_OF_PROTOCOL,
  READMITTED;

  private static final Map<CandidateStatus, Set<CandidateStatus>> NEXT =
      Map.of(
          REGISTERED, EnumSet.of(ASSESSED, OUT_OF_PROTOCOL),
          ASSESSED, EnumSet.of(IN_PROTOCOL, OUT_OF_PROTOCOL),
          IN_PROTOCOL, EnumSet.of(PLACED, OUT_OF_PROTOCOL),
          // A placed person may need the programme again (a fixed-term contract ends).
          PLACED, EnumSet.of(IN_PROTOCOL, OUT_OF_PROTOCOL),
          OUT_OF_PROTOCOL, EnumSet.of(READMITTED),
          READMITTED, EnumSet.of(ASSESSED, IN_PROTOCOL, OUT_OF_PROTOCOL));

  /** The statuses a candidate in this status may move to. */
  public Set<CandidateStatus> next() {
    return EnumSet.copyOf(NEXT.get(this));
  }

  public boolean canMoveTo(CandidateStatus target) {
    return NEXT.get(this).contains(target);
  }
}
