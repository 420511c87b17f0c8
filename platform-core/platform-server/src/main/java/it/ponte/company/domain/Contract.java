package it.ponte.company.domain;

/** Contract types, with their Comunicazioni Obbligatorie code where one applies. */
public enum Contract {
  /** Tempo indeterminato. */
  PERMANENT("A.01.00"),
  /** Tempo determinato. */
  FIXED_TERM("A.02.00"),
  /** Apprendistato (A.03.xx: the exact code depends on the kind). */
  APPRENTICESHIP("A.03"),
  /** A chiamata / intermittente. */
  ON_CALL(null),
  /** Somministrazione. */
  AGENCY(null),
  /** In proprio (self-employed). */
  SELF_EMPLOYED(null);

  private final String coCode;

  Contract(String coCode) {
    this.coCode = coCode;
  }

  /** The Comunicazioni Obbligatorie code or its prefix, null when there is none. */
  public String coCode() {
    return coCode;
  }
}
