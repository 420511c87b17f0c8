package it.ponte.candidate.domain;

/** Working time slots: what a vacancy's shifts need and what a candidate is available for. */
public enum Shift {
  MORNING,
  AFTERNOON,
  EVENING,
  NIGHT,
  WEEKEND
}
