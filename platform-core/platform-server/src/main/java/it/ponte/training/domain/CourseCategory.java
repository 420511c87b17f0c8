package it.ponte.training.domain;

/** What a course teaches. */
public enum CourseCategory {
  /** Italiano per stranieri. */
  ITALIAN,
  /** Competenze trasversali. */
  SOFT_SKILLS,
  /** Tecnico-specifica (e.g. OSS, carrello elevatore). */
  TECHNICAL,
  /** Sicurezza sul lavoro. */
  SAFETY,
  HACCP,
  /** CV dinamico. */
  DYNAMIC_CV,
  /** Bilancio di competenze. */
  SKILLS_ASSESSMENT
}
