package it.ponte.placement.domain;

/** Kinds of placement the programme records. */
public enum PlacementType {
  /** Assunzione: an employment contract. */
  HIRING,
  STAGE,
  /** Tirocinio extracurricolare, under regional rules. */
  TIROCINIO,
  /** Fewer than 20 hours a week. */
  MINI_JOB,
  /** Lavoro autonomo. */
  SELF_EMPLOYMENT
}
