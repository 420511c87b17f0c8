package it.ponte.candidate.domain;

/** Highest education completed, with its ISCED 2011 level. */
public enum Education {
  /** Nessun titolo. */
  NONE(0),
  /** Licenza elementare. */
  PRIMARY(1),
  /** Licenza media. */
  LOWER_SECONDARY(2),
  /** Qualifica professionale triennale. */
  VOCATIONAL_QUALIFICATION(3),
  /** Diploma di scuola superiore. */
  UPPER_SECONDARY(3),
  /** Laurea. */
  DEGREE(6),
  /** Post-laurea (master, dottorato). */
  POSTGRADUATE(7);

  private final int isced;

  Education(int isced) {
    this.isced = isced;
  }

  /** ISCED 2011 level. */
  public int isced() {
    return isced;
  }
}
