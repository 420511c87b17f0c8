package it.ponte.matching.domain;

/** The soft criteria of matching; their weights are tenant configuration under these keys. */
public enum Criterion {
  LICENCES("licences"),
  ITALIAN_LEVEL("italianLevel"),
  EDUCATION("education"),
  CAR("car"),
  ZONE("zone"),
  SECTOR("sector"),
  READINESS("readiness"),
  SCHEDULES("schedules");

  private final String key;

  Criterion(String key) {
    this.key = key;
  }

  /** The key in the tenant descriptor's {@code matchingWeights}. */
  public String key() {
    return key;
  }
}
