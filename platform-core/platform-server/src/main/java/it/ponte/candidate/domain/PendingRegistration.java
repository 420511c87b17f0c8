package it.ponte.candidate.domain;

import java.time.OffsetDateTime;
import java.util.Set;

/**
 * A public-form submission that looked like a person already registered, held for an operator to
 * reconcile: merge (the same person: their consent is recorded on the existing record) or keep
 * apart (someone else: a new record is made from the submission). The existing record is never
 * touched by the anonymous submission itself.
 *
 * @param submission the submitted form as JSON, as received and validated
 * @param candidateId the record the reconciliation led to, once decided
 */
public record PendingRegistration(
    long id,
    String receipt,
    OffsetDateTime receivedAt,
    String submission,
    String noticeVersion,
    Set<ConsentPurpose> purposes,
    long matchedCandidateId,
    Status status,
    OffsetDateTime decidedAt,
    String decidedBy,
    Long candidateId) {

  /** Where a pending registration stands. */
  public enum Status {
    PENDING,
    MERGED,
    KEPT_APART
  }
}
