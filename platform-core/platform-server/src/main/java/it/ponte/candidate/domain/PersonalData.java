package it.ponte.candidate.domain;

import java.time.LocalDate;
import java.util.Objects;

/** What a candidate declares about themselves at registration. */
public record PersonalData(
    String firstName,
    String lastName,
    LocalDate birthDate,
    Gender gender,
    String citizenship,
    String municipality,
    String zone,
    Education education,
    EmploymentStatus employmentStatus,
    LocalDate didDate) {

  public PersonalData {
    Objects.requireNonNull(firstName, "firstName");
    Objects.requireNonNull(lastName, "lastName");
    Objects.requireNonNull(birthDate, "birthDate");
    Objects.requireNonNull(gender, "gender");
    Objects.requireNonNull(citizenship, "citizenship");
  }
}
