package it.ponte.candidate.domain;

import java.util.List;
import java.util.Optional;

/** Interviews of the current tenant. */
public interface InterviewRepository {

  Optional<Interview> find(long candidateId, long interviewId);

  /** A candidate's interviews, by scheduled time. */
  List<Interview> ofCandidate(long candidateId);

  /** Interviews scheduled from {@code from} (included) to {@code to} (excluded), by time. */
  List<Interview> scheduledBetween(
      java.time.OffsetDateTime from, java.time.OffsetDateTime to, int limit);

  void add(Interview interview);
}
