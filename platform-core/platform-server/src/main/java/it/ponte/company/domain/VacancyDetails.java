package it.ponte.company.domain;

import it.ponte.candidate.domain.Assessment;
import it.ponte.candidate.domain.Shift;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a personnel request asks for.
 *
 * @param profession ISTAT CP2021 code
 * @param contract the contract offered
 * @param municipality where the work is
 * @param zone the territory's zone of the workplace
 * @param sector the sector of employability it falls in, used in matching
 */
public record VacancyDetails(
    String title,
    String profession,
    int positions,
    Contract contract,
    String municipality,
    String zone,
    Assessment.Sector sector,
    Set<Shift> shifts,
    List<Requirement> requirements) {

  public VacancyDetails {
    Objects.requireNonNull(profession, "profession");
    if (positions < 1) {
      throw new IllegalArgumentException("A vacancy has at least one position");
    }
    shifts = shifts == null ? Set.of() : Set.copyOf(shifts);
    requirements = requirements == null ? List.of() : List.copyOf(requirements);
  }
}
