package it.ponte.candidate.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The candidates of the request's tenant. Erased candidates are never listed. */
public interface CandidateRepository {

  Optional<Candidate> find(long id);

  /** First and last name of each live candidate among {@code ids}; erased ones are left out. */
  java.util.Map<Long, String> names(java.util.Collection<Long> ids);

  /** Candidates matching the filter, by id. */
  List<Candidate> list(CandidateFilter filter, int offset, int limit);

  long count(CandidateFilter filter);

  void add(Candidate candidate);

  void flush();

  void addConsent(Consent consent);

  /**
   * A live candidate who is probably the same person: same names and birth date, or same e-mail.
   */
  Optional<Candidate> findSamePerson(PersonalData data);

  /** Keeps the receipt of a public registration. */
  void addReceipt(String receipt, java.time.OffsetDateTime at, long candidateId, boolean created);

  List<Consent> consents(long candidateId);

  /**
   * Removes what else identifies an erased person: their public-form receipts, and the forms they
   * submitted that waited for reconciliation. Consents and withdrawals stay, as proof, about a
   * record that no longer names anyone.
   */
  void eraseTraces(long candidateId);

  /** A withdrawal of consent for some purposes. */
  record Withdrawal(
      long id, Set<ConsentPurpose> purposes, java.time.OffsetDateTime at, String recordedBy) {}

  void addWithdrawal(
      long candidateId, Set<ConsentPurpose> purposes, java.time.OffsetDateTime at, String by);

  List<Withdrawal> withdrawals(long candidateId);
}
