package it.ponte.candidate.domain;

/** Level of Italian on the CEFR scale, in increasing order; NATIVE is madrelingua. */
public enum ItalianLevel {
  PRE_A1,
  A1,
  A2,
  B1,
  B2,
  C1,
  C2,
  NATIVE;

  /** Whether this level is at least {@code required}. */
  public boolean atLeast(ItalianLevel required) {
    return compareTo(required) >= 0;
  }
}
