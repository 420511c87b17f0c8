package it.ponte.plugin.mc.application;

import it.ponte.api.core.CandidateFacts;
import it.ponte.api.core.TenantSql;
import it.ponte.api.event.PlacementRecorded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The jobs business loans created, counted from the core's placements. */
@ApplicationScoped
@Transactional
public class McJobs {

  @Inject TenantSql sql;

  @Inject McTerritory territory;

  @Inject LoanBook loans;

  @Inject CandidateFacts candidates;

  /** A job the funded activity created: a placement recorded in the core. */
  public record Job(long placementId, Long candidateId, LocalDate startDate) {}

  /**
   * A placement recorded in the core. It is a job a business loan created when it is a hiring with
   * a contract (assunzione) or a self-employment - not a renewal or an extension - either at the
   * borrowing organisation (the company's partita IVA is the loan's tax code) or, for a person who
   * borrowed, their own self-employment; and when it starts on or after the loan's first
   * disbursement. One per person and loan; each placement counts once, however often the event
   * arrives.
   */
  public void placed(PlacementRecorded placement) {
    if (!placement.isNewJob()) {
      return;
    }
    boolean selfEmployed = "SELF_EMPLOYMENT".equals(placement.placementType());
    long placementId = placement.placementId();
    long candidateId = placement.candidateId();
    long companyId = placement.companyId();
    LocalDate start = placement.startDate();
    String vat = candidates.company(companyId).map(CandidateFacts.Company::vatNumber).orElse(null);
    sql.queryOne(
            "SELECT l.id FROM mc_loan l WHERE l.product = 'BUSINESS'"
                + " AND ((l.borrower = 'ORGANISATION' AND l.tax_code = ?)"
                + "   OR (l.borrower = 'CANDIDATE' AND l.candidate_id = ? AND ?))"
                + " AND (SELECT min(d.on_date) FROM mc_disbursement d WHERE d.loan_id = l.id) <= ?"
                + " ORDER BY l.approved_on DESC, l.id DESC LIMIT 1",
            rs -> rs.getLong(1),
            vat,
            candidateId,
            selfEmployed,
            start)
        .ifPresent(
            loan ->
                sql.update(
                    "INSERT INTO mc_job (loan_id, placement_id, candidate_id, start_date)"
                        + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    loan,
                    placementId,
                    candidateId,
                    start));
  }

  /** The jobs a loan's funded activity created, oldest first. */
  public List<Job> jobs(long loanId) {
    loans.loan(loanId, territory.today());
    return sql.query(
        "SELECT placement_id, candidate_id, start_date FROM mc_job WHERE loan_id = ?"
            + " ORDER BY start_date, placement_id",
        rs -> new Job(rs.getLong(1), (Long) rs.getObject(2), rs.getObject(3, LocalDate.class)),
        loanId);
  }

  /** The jobs counted for a person (hired by a borrower, or self-employed with a loan). */
  public List<Map<String, Object>> jobsOf(long candidateId) {
    return sql.query(
        "SELECT loan_id, placement_id, start_date FROM mc_job WHERE candidate_id = ?"
            + " ORDER BY start_date",
        rs -> {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("loanId", rs.getLong(1));
          m.put("placementId", rs.getLong(2));
          m.put("startDate", rs.getObject(3, LocalDate.class).toString());
          return m;
        },
        candidateId);
  }
}
