package it.ponte.candidate.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The request tenant's queue of public-form submissions waiting for reconciliation. */
public interface PendingRegistrations {

  void add(
      String receipt,
      OffsetDateTime receivedAt,
      String submission,
      String noticeVersion,
      Set<ConsentPurpose> purposes,
      long matchedCandidateId);

  /** Newest first; only those of a status when given. */
  List<PendingRegistration> list(PendingRegistration.Status status, int offset, int limit);

  long count(PendingRegistration.Status status);

  /** One, locked for the caller's transaction. */
  Optional<PendingRegistration> lock(long id);

  void decide(
      long id, PendingRegistration.Status status, OffsetDateTime at, String by, long candidateId);
}
