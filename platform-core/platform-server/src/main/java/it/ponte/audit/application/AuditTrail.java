package it.ponte.audit.application;

import it.ponte.audit.domain.AuditAction;
import it.ponte.audit.domain.AuditEntry;
import it.ponte.audit.domain.AuditRepository;
import it.ponte.identity.application.CallerContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * Appends to the tenant's audit trail inside the caller's transaction, so that an entry exists
 * exactly when the read or write it records committed.
 */
@ApplicationScoped
public class AuditTrail {

  /** Subject type of candidates. */
  public static final String CANDIDATE = "candidate";

  /** Subject type of lists of people (searches, matches, selections). */
  public static final String CANDIDATE_LIST = "candidate-list";

  /** The actor of unauthenticated self-registrations. */
  public static final String PUBLIC_FORM = "public-form";

  @Inject AuditRepository entries;

  @Inject CallerContext caller;

  /** Records what the calling user did with a candidate's data. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void candidate(long candidateId, AuditAction action, Set<String> fields) {
    entries.append(
        new AuditEntry(
            OffsetDateTime.now(), caller.actor(), action, CANDIDATE, candidateId, fields));
  }

  /** Records what a named system actor did with a candidate's data. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void candidate(String actor, long candidateId, AuditAction action, Set<String> fields) {
    entries.append(
        new AuditEntry(OffsetDateTime.now(), actor, action, CANDIDATE, candidateId, fields));
  }

  /**
   * Records that the calling user was shown a list of people: which list and filter (e.g. {@code
   * list=search}, {@code status=IN_PROTOCOL}, {@code text=rossi}) and how many people it showed
   * (stored as the entry's subject id).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void listRead(Set<String> filter, int people) {
    entries.append(
        new AuditEntry(
            OffsetDateTime.now(),
            caller.actor(),
            AuditAction.LIST_READ,
            CANDIDATE_LIST,
            people,
            filter));
  }

  /** The subject of an export of the whole territory (the entry's id: the people it held). */
  public static final String TERRITORY_EXPORT = "territory-export";

  /** Records that the calling user took the territory's whole data, with how many people. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void territoryExported(Set<String> files, int people) {
    entries.append(
        new AuditEntry(
            OffsetDateTime.now(),
            caller.actor(),
            AuditAction.EXPORT,
            TERRITORY_EXPORT,
            people,
            files));
  }

  @Transactional
  public List<AuditEntry> ofCandidate(long candidateId, int offset, int limit) {
    return entries.of(CANDIDATE, candidateId, offset, limit);
  }

  @Transactional
  public long countOfCandidate(long candidateId) {
    return entries.count(CANDIDATE, candidateId);
  }
}
