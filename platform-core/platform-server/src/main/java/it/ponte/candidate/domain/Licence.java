package it.ponte.candidate.domain;

/** Licences and certificates (patenti, patentini, attestati) that vacancies ask for. */
public enum Licence {
  /** Patente B. */
  DRIVING_B,
  /** Patente C. */
  DRIVING_C,
  /** Carta di qualificazione del conducente. */
  CQC,
  /** Patentino carrello elevatore (muletto). */
  FORKLIFT,
  /** Ausiliario socio-assistenziale. */
  ASA,
  /** Operatore socio-sanitario. */
  OSS,
  /** HACCP / attestato alimentarista. */
  HACCP,
  /** Formazione sicurezza sul lavoro. */
  SAFETY
}
