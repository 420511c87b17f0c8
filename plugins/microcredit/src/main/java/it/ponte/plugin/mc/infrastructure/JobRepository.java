package it.ponte.plugin.mc.infrastructure;

import it.ponte.api.core.TenantSql;
import it.ponte.plugin.mc.domain.Job;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The jobs business loans created ({@code mc_job}), one per person and loan. */
@ApplicationScoped
public class JobRepository {

  @Inject TenantSql sql;

  private static final String JOB =
      "SELECT loan_id, placement_id, candidate_id, start_date FROM mc_job";

  /**
   * The business loan a hiring or self-employment starting on a day counts for: the latest approved
   * with a first tranche by then, either to the organisation with this partita IVA or, for a
   * self-employment, to the person.
   */
  public Optional<Long> fundingLoan(
      String vatNumber, long candidateId, boolean selfEmployed, LocalDate start) {
    return sql.queryOne(
        "SELECT l.id FROM mc_loan l WHERE l.product = 'BUSINESS'"
            + " AND ((l.borrower = 'ORGANISATION' AND l.tax_code = ?)"
            + "   OR (l.borrower = 'CANDIDATE' AND l.candidate_id = ? AND ?))"
            + " AND (SELECT min(d.on_date) FROM mc_disbursement d WHERE d.loan_id = l.id) <= ?"
            + " ORDER BY l.approved_on DESC, l.id DESC LIMIT 1",
        rs -> rs.getLong(1),
        vatNumber,
        candidateId,
        selfEmployed,
        start);
  }

  /** Counts a job for a loan, once per person and loan and once per placement. */
  public void add(Job job) {
    sql.update(
        "INSERT INTO mc_job (loan_id, placement_id, candidate_id, start_date)"
            + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
        job.loanId(),
        job.placementId(),
        job.candidateId(),
        job.startDate());
  }

  public List<Job> ofLoan(long loanId) {
    return sql.query(
        JOB + " WHERE loan_id = ? ORDER BY start_date, placement_id", JobRepository::read, loanId);
  }

  public List<Job> ofCandidate(long candidateId) {
    return sql.query(
        JOB + " WHERE candidate_id = ? ORDER BY start_date", JobRepository::read, candidateId);
  }

  /** Keeps the jobs counted, without the person. */
  public void forgetCandidate(long candidateId) {
    sql.update("UPDATE mc_job SET candidate_id = NULL WHERE candidate_id = ?", candidateId);
  }

  private static Job read(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Job(
        rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3), rs.getObject(4, LocalDate.class));
  }
}
