package it.ponte.candidate.application;

import it.ponte.api.core.TenantSql;
import it.ponte.audit.application.AuditTrail;
import it.ponte.audit.domain.AuditAction;
import it.ponte.candidate.domain.Candidate;
import it.ponte.candidate.domain.CandidateRepository;
import it.ponte.identity.application.CallerContext;
import it.ponte.platform.application.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * Attempts to reach a person (a call, a message, a visit) and whether they answered: the evidence
 * that someone is unreachable or not collaborating. Recording one is audited.
 */
@ApplicationScoped
@Transactional
public class ContactAttempts {

  /** How an attempt was made. */
  public enum Channel {
    PHONE,
    SMS,
    EMAIL,
    MESSAGING,
    LETTER,
    VISIT
  }

  /** What came of it. */
  public enum Outcome {
    REACHED,
    NO_ANSWER,
    WRONG_CONTACT
  }

  /** One attempt. */
  public record Attempt(
      long id, long candidateId, OffsetDateTime at, Channel channel, Outcome outcome, String by) {}

  @Inject TenantSql sql;

  @Inject CandidateRepository candidates;

  @Inject AuditTrail audit;

  @Inject CallerContext caller;

  public Attempt record(long candidateId, OffsetDateTime at, Channel channel, Outcome outcome) {
    live(candidateId);
    long id =
        sql.query(
                "INSERT INTO contact_attempt (candidate_id, at, channel, outcome, recorded_by)"
                    + " VALUES (?, ?, ?, ?, ?) RETURNING id",
                rs -> rs.getLong(1),
                candidateId,
                at,
                channel.name(),
                outcome.name(),
                caller.actor())
            .get(0);
    audit.candidate(candidateId, AuditAction.UPDATE, Set.of("contactAttempts"));
    return list(candidateId).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
  }

  /** A person's attempts, oldest first. */
  public List<Attempt> list(long candidateId) {
    live(candidateId);
    return sql.query(
        "SELECT id, candidate_id, at, channel, outcome, recorded_by FROM contact_attempt"
            + " WHERE candidate_id = ? ORDER BY at, id",
        rs ->
            new Attempt(
                rs.getLong(1),
                rs.getLong(2),
                rs.getObject(3, OffsetDateTime.class),
                Channel.valueOf(rs.getString(4)),
                Outcome.valueOf(rs.getString(5)),
                rs.getString(6)),
        candidateId);
  }

  /** How many attempts did not reach the person. */
  public long unanswered(long candidateId) {
    return sql.query(
            "SELECT count(*) FROM contact_attempt WHERE candidate_id = ? AND outcome <> 'REACHED'",
            rs -> rs.getLong(1),
            candidateId)
        .get(0);
  }

  private void live(long candidateId) {
    Candidate c =
        candidates
            .find(candidateId)
            .orElseThrow(() -> ProblemException.notFound("Candidate " + candidateId));
    if (c.erased()) {
      throw ProblemException.notFound("Candidate " + candidateId);
    }
  }
}
