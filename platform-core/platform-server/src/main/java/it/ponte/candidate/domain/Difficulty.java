package it.ponte.candidate.domain;

/** What makes finding work harder for a candidate, as recorded by the operator. */
public enum Difficulty {
  /** No car, poor public transport. */
  MOBILITY,
  /** Schedules and care duties. */
  SCHEDULES,
  LANGUAGE,
  /** Health, including IPS pathways from mental-health services (special category data). */
  HEALTH,
  NONE
}
