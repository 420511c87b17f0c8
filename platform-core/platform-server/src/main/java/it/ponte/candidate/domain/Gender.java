package it.ponte.candidate.domain;

/** Gender as the candidate declares it. */
public enum Gender {
  FEMALE,
  MALE,
  OTHER
}
