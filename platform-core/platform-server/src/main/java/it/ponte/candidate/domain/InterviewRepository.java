package it.ponte.candidate.domain;

import java.util.List;
import java.util.Optional;

/** Interviews of the current tenant. */
public interface InterviewRepository {

  Optional<Interview> find(long candidateId, long interviewId);

  /** A candidate's interviews, by scheduled time. */
  List<Interview> ofCandidate(long candidateId);

  void add(Interview interview);
}
