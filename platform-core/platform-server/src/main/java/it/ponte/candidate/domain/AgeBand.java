package it.ponte.candidate.domain;

import java.time.LocalDate;
import java.time.Period;

/** The age bands of the programme's reports. */
public enum AgeBand {
  UNDER_20("<20"),
  FROM_20_TO_29("20-29"),
  FROM_30_TO_39("30-39"),
  FROM_40_TO_49("40-49"),
  FROM_50_TO_59("50-59"),
  FROM_60("60+");

  private final String label;

  AgeBand(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The band of someone born on {@code birthDate}, on {@code day}. */
  public static AgeBand of(LocalDate birthDate, LocalDate day) {
    int age = Period.between(birthDate, day).getYears();
    if (age < 20) {
      return UNDER_20;
    }
    return age >= 60 ? FROM_60 : values()[age / 10 - 1];
  }
}
