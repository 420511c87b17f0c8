package it.ponte.candidate.domain;

import java.util.List;
import java.util.Optional;

/** Candidates of the current tenant. */
public interface CandidateRepository {

  Optional<Candidate> find(long id);

  /** A page of candidates ordered by id, optionally only those in one status. */
  List<Candidate> list(CandidateStatus status, int offset, int limit);

  long count(CandidateStatus status);

  /** Stores a new candidate and assigns its id. */
  void add(Candidate candidate);

  /** Writes pending changes now, so that a concurrent change fails inside the use case. */
  void flush();
}
