package it.ponte.placement.domain;

/** How a placement follows an earlier one of the same person. */
public enum PlacementLink {
  /** A new contract after the previous one ended (rinnovo). */
  RENEWAL,
  /** The same contract made longer (proroga). */
  EXTENSION,
  /** A stage or tirocinio turned into a hiring (trasformazione). */
  TRANSFORMATION
}
