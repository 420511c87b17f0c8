package it.ponte.matching.domain;

import it.ponte.company.domain.VacancyDetails;
import java.util.List;
import java.util.Optional;

/** Selections of the request's tenant, and the candidates matching may rank. */
public interface SelectionRepository {

  Optional<Selection> find(long id);

  List<Selection> ofVacancy(long vacancyId);

  List<Selection> ofCandidate(long candidateId);

  boolean exists(long vacancyId, long candidateId);

  /** The candidate's selection in the vacancy, if they were put forward for it. */
  Optional<Selection> find(long vacancyId, long candidateId);

  long countHired(long vacancyId);

  /** Stores a new selection and assigns its id. */
  void add(Selection selection);

  void flush();

  /**
   * Hands over the candidates in protocol, not erased, not yet in this vacancy's selection - their
   * matching facts, without names; the matcher checks the mandatory requirements.
   */
  void scanCandidatesFor(
      long vacancyId, VacancyDetails vacancy, java.util.function.Consumer<CandidateProfile> sink);

  /** The same people with their names, which the ranking's scan does not carry. */
  List<CandidateProfile> withNames(List<CandidateProfile> candidates);
}
