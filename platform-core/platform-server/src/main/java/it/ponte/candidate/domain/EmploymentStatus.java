package it.ponte.candidate.domain;

/** Employment status at registration. */
public enum EmploymentStatus {
  /** Disoccupato, with a DID (dichiarazione di immediata disponibilità) date. */
  UNEMPLOYED,
  /** Sottoccupato: fewer than 20 hours a week. */
  UNDEREMPLOYED,
  /** In cassa integrazione. */
  SHORT_TIME_WORK,
  /** Receiving NASpI. */
  NASPI,
  /** Receiving ADI, SFL or RdC. */
  INCOME_SUPPORT
}
