package it.ponte.api.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Read-only facts about the current tenant's candidates and companies, for plugins. */
public interface CandidateFacts {

  /**
   * What a plugin may know of a candidate to apply a measure's rules.
   *
   * @param gender FEMALE, MALE or OTHER
   * @param education an Education constant name, null if unknown
   * @param employmentStatus an EmploymentStatus constant name, null if unknown
   * @param didDate date of the DID, null if none
   * @param status the lifecycle status name
   */
  record Candidate(
      long id,
      LocalDate birthDate,
      String gender,
      String citizenship,
      String zone,
      String education,
      String employmentStatus,
      LocalDate didDate,
      String status) {}

  /** A placement of a candidate. */
  record Placement(
      long id,
      long candidateId,
      long companyId,
      String type,
      String contract,
      LocalDate startDate,
      LocalDate endDate,
      Double hoursPerWeek) {}

  /**
   * A company of the current tenant.
   *
   * @param vatNumber the partita IVA
   * @param size MICRO (under 10), SMALL (10-49), MEDIUM (50-249), LARGE (250+); null if unknown
   * @param atecoCode the ATECO activity code, null if unknown
   */
  record Company(long id, String name, String vatNumber, String size, String atecoCode) {}

  /** A live (not erased) candidate of the current tenant. */
  Optional<Candidate> candidate(long id);

  List<Placement> placements(long candidateId);

  /** A company of the current tenant. */
  Optional<Company> company(long id);
}
