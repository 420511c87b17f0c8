package it.ponte.followup.application;

import it.ponte.api.core.TenantSql;
import it.ponte.audit.application.AuditTrail;
import it.ponte.audit.domain.AuditAction;
import it.ponte.candidate.application.CandidateService;
import it.ponte.candidate.domain.Candidate;
import it.ponte.candidate.domain.CandidateStatus;
import it.ponte.company.domain.Contract;
import it.ponte.identity.application.CallerContext;
import it.ponte.platform.application.ProblemException;
import it.ponte.platform.domain.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Follow-up surveys of people out of the protocol. A survey is personal data: recording one is
 * audited, and the survey is part of the person's export.
 */
@ApplicationScoped
@Transactional
public class FollowUps {

  @Inject TenantSql sql;

  @Inject CandidateService candidates;

  @Inject AuditTrail audit;

  @Inject CallerContext caller;

  /**
   * One survey, answered or not.
   *
   * @param answered whether the person answered; an unanswered survey has no answers
   * @param working whether the person works now; null when unanswered
   * @param contract the contract of the current job, null when not working
   * @param offersReceived job offers received since leaving the protocol; null when unanswered
   */
  public record FollowUp(
      long id,
      long candidateId,
      LocalDate surveyedOn,
      boolean answered,
      Boolean working,
      Contract contract,
      Integer offersReceived,
      String actor) {}

  /**
   * Records a survey of a person who is out of the protocol: answered (working or not, contract,
   * offers) or sent without an answer (working, contract and offers null).
   */
  public FollowUp record(
      long candidateId,
      LocalDate surveyedOn,
      boolean answered,
      Boolean working,
      Contract contract,
      Integer offers) {
    Candidate c = candidates.get(candidateId);
    if (c.erased()) {
      throw ProblemException.notFound("Candidate " + candidateId);
    }
    if (c.status() != CandidateStatus.OUT_OF_PROTOCOL) {
      throw ProblemException.conflict(
          "not-out-of-protocol",
          "A follow-up survey is for people out of the protocol; this person is "
              + c.status()
              + ".");
    }
    if (!answered && (working != null || contract != null || offers != null)) {
      throw ProblemException.validation(
          List.of(
              new FieldError(
                  "/answered", "an unanswered survey has no working, contract or offers")));
    }
    if (answered && working == null) {
      throw ProblemException.validation(
          List.of(new FieldError("/working", "is required when the survey was answered")));
    }
    if (answered && offers == null) {
      offers = 0;
    }
    if (Boolean.FALSE.equals(working) && contract != null) {
      throw ProblemException.conflict(
          "contract-without-work", "A contract is given only for a person who works.");
    }
    long id =
        sql.query(
                "INSERT INTO follow_up (candidate_id, surveyed_on, answered, working, contract,"
                    + " offers_received, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, now(), ?)"
                    + " RETURNING id",
                rs -> rs.getLong(1),
                candidateId,
                surveyedOn,
                answered,
                working,
                contract == null ? null : contract.name(),
                offers,
                caller.actor())
            .get(0);
    audit.candidate(candidateId, AuditAction.UPDATE, Set.of("followUps"));
    return list(candidateId).stream().filter(f -> f.id() == id).findFirst().orElseThrow();
  }

  /** A person's surveys, oldest first. */
  public List<FollowUp> list(long candidateId) {
    Candidate c = candidates.get(candidateId);
    if (c.erased()) {
      throw ProblemException.notFound("Candidate " + candidateId);
    }
    return sql.query(
        "SELECT id, candidate_id, surveyed_on, answered, working, contract, offers_received,"
            + " created_by FROM follow_up WHERE candidate_id = ? ORDER BY surveyed_on, id",
        rs ->
            new FollowUp(
                rs.getLong(1),
                rs.getLong(2),
                rs.getObject(3, LocalDate.class),
                rs.getBoolean(4),
                rs.getObject(5, Boolean.class),
                rs.getString(6) == null ? null : Contract.valueOf(rs.getString(6)),
                rs.getObject(7, Integer.class),
                rs.getString(8)),
        candidateId);
  }
}
