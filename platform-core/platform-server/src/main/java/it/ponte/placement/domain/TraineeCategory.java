package it.ponte.placement.domain;

/** Categories of trainee under the regional tirocinio rules: they set the longest duration. */
public enum TraineeCategory {
  STANDARD,
  /** Svantaggiato. */
  DISADVANTAGED,
  /** Disabile (L. 68/1999). */
  DISABLED
}
