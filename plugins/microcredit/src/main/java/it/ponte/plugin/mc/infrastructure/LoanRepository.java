package it.ponte.plugin.mc.infrastructure;

import it.ponte.api.core.TenantSql;
import it.ponte.plugin.mc.domain.Instalment;
import it.ponte.plugin.mc.domain.Loan;
import it.ponte.plugin.mc.domain.LoanApplication;
import it.ponte.plugin.mc.domain.LoanStatus;
import it.ponte.plugin.mc.domain.McRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Loans ({@code mc_loan}) with their ancillary services, disbursements and repayment schedule.
 * Every change of a loan row bumps its version.
 */
@ApplicationScoped
public class LoanRepository {

  @Inject TenantSql sql;

  private static final String LOAN =
      "SELECT id, fund_id, product, kind, borrower, candidate_id, organisation, tax_code, srl,"
          + " referred_by, amount, months, grace_months, annual_rate, status, business_plan, notes,"
          + " applied_on, approved_on, defaulted_on,"
          + " (SELECT count(*) FROM mc_job j WHERE j.loan_id = mc_loan.id) FROM mc_loan";

  public long insert(LoanApplication a, McRules.Product product, LocalDate appliedOn) {
    boolean person = a.byPerson();
    return sql.query(
            "INSERT INTO mc_loan (fund_id, product, kind, borrower, candidate_id, organisation,"
                + " tax_code, srl, referred_by, amount, months, grace_months, annual_rate,"
                + " status, business_plan, applied_on)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'APPLIED', ?, ?) RETURNING id",
            rs -> rs.getLong(1),
            a.fundId(),
            product.code(),
            product.kind().name(),
            person ? "CANDIDATE" : "ORGANISATION",
            a.candidateId(),
            a.organisation(),
            person ? null : a.taxCode(),
            !person && a.srl(),
            a.referredBy(),
            a.amount(),
            a.months(),
            a.graceMonths(),
            product.annualRatePercent(),
            a.businessPlan(),
            appliedOn)
        .get(0);
  }

  /** The ids of the loans, of one candidate and in one state when given. */
  public List<Long> ids(Long candidateId, LoanStatus status) {
    String state = status == null ? null : status.name();
    return sql.query(
        "SELECT id FROM mc_loan WHERE (?::bigint IS NULL OR candidate_id = ?)"
            + " AND (?::text IS NULL OR status = ?) ORDER BY id",
        rs -> rs.getLong(1),
        candidateId,
        candidateId,
        state,
        state);
  }

  /** A loan as stored, without where it stands (see {@link Loan#standing}). */
  public Optional<Loan> find(long id) {
    return sql.queryOne(LOAN + " WHERE id = ?", LoanRepository::read, id);
  }

  /**
   * The loans in the portfolio at the end of a day: a tranche paid by then, not defaulted by then.
   */
  public List<Loan> inPortfolioOn(LocalDate day) {
    return sql.query(
        LOAN
            + " WHERE (defaulted_on IS NULL OR defaulted_on > ?) AND EXISTS (SELECT 1 FROM"
            + " mc_disbursement d WHERE d.loan_id = mc_loan.id AND d.on_date <= ?)",
        LoanRepository::read,
        day,
        day);
  }

  /** Locks the loan's row until the transaction ends; false when there is no such loan. */
  public boolean lock(long id) {
    return sql.queryOne("SELECT id FROM mc_loan WHERE id = ? FOR UPDATE", rs -> rs.getLong(1), id)
        .isPresent();
  }

  public void setStatus(long loanId, LoanStatus status) {
    sql.update(
        "UPDATE mc_loan SET status = ?, version = version + 1 WHERE id = ?", status.name(), loanId);
  }

  /** Records the evaluation: the new state, the business plan when given, the notes. */
  public void evaluated(long loanId, LoanStatus status, String businessPlan, String notes) {
    sql.update(
        "UPDATE mc_loan SET status = ?, business_plan = coalesce(?, business_plan), notes = ?,"
            + " version = version + 1 WHERE id = ?",
        status.name(),
        businessPlan,
        notes,
        loanId);
  }

  public void approved(long loanId, LocalDate on) {
    sql.update(
        "UPDATE mc_loan SET status = 'APPROVED', approved_on = ?, version = version + 1 WHERE id = ?",
        on,
        loanId);
  }

  /** Moves a disbursed loan to DEFAULTED; 0 when it is no longer disbursed. */
  public int defaulted(long loanId, LocalDate on) {
    return sql.update(
        "UPDATE mc_loan SET status = 'DEFAULTED', defaulted_on = ?, version = version + 1"
            + " WHERE id = ? AND status = 'DISBURSED'",
        on,
        loanId);
  }

  /** Sets the day a loan defaulted (demo data that happened in the past). */
  public void defaultedOn(long loanId, LocalDate on) {
    sql.update("UPDATE mc_loan SET defaulted_on = ? WHERE id = ?", on, loanId);
  }

  /** Records a service given; false when the loan has it already. */
  public boolean addService(long loanId, String service, String tutor, LocalDate givenOn) {
    return sql.tryInsert(
        "INSERT INTO mc_service (loan_id, service, tutor, given_on) VALUES (?, ?, ?, ?)",
        loanId,
        service,
        tutor,
        givenOn);
  }

  public List<Loan.Service> services(long loanId) {
    return sql.query(
        "SELECT service, tutor, given_on FROM mc_service WHERE loan_id = ? ORDER BY given_on, id",
        rs -> new Loan.Service(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class)),
        loanId);
  }

  public void addDisbursement(long loanId, BigDecimal amount, LocalDate onDate, String actor) {
    sql.update(
        "INSERT INTO mc_disbursement (loan_id, amount, on_date, actor) VALUES (?, ?, ?, ?)",
        loanId,
        amount,
        onDate,
        actor);
  }

  /** What was disbursed of a loan, in all. */
  public BigDecimal disbursed(long loanId) {
    return sql.query(
            "SELECT coalesce(sum(amount), 0) FROM mc_disbursement WHERE loan_id = ?",
            rs -> rs.getBigDecimal(1),
            loanId)
        .get(0);
  }

  /** The tranches paid by the end of a day: their sum and the last one's day (null if none). */
  public record Tranches(BigDecimal total, LocalDate last) {}

  public Tranches disbursedBy(long loanId, LocalDate day) {
    return sql.query(
            "SELECT coalesce(sum(amount), 0), max(on_date) FROM mc_disbursement"
                + " WHERE loan_id = ? AND on_date <= ?",
            rs -> new Tranches(rs.getBigDecimal(1), rs.getObject(2, LocalDate.class)),
            loanId,
            day)
        .get(0);
  }

  public List<Instalment> instalments(long loanId) {
    return sql.query(
        "SELECT number, due_on, principal, interest, principal_paid, interest_paid"
            + " FROM mc_instalment WHERE loan_id = ? ORDER BY number",
        rs ->
            new Instalment(
                rs.getInt(1),
                rs.getObject(2, LocalDate.class),
                rs.getBigDecimal(3),
                rs.getBigDecimal(4),
                rs.getBigDecimal(5),
                rs.getBigDecimal(6)),
        loanId);
  }

  /** Replaces the loan's schedule. */
  public void writeSchedule(long loanId, List<Instalment> schedule) {
    sql.update("DELETE FROM mc_instalment WHERE loan_id = ?", loanId);
    for (Instalment i : schedule) {
      sql.update(
          "INSERT INTO mc_instalment (loan_id, number, due_on, principal, interest,"
              + " principal_paid, interest_paid) VALUES (?, ?, ?, ?, ?, ?, ?)",
          loanId,
          i.number(),
          i.dueOn(),
          i.principal(),
          i.interest(),
          i.principalPaid(),
          i.interestPaid());
    }
  }

  /**
   * Unlinks a person from their loans: the loans stay for the fund's and the bank's accounts,
   * without the person, the free text about them, or their own tax code.
   */
  public void forgetBorrower(long candidateId) {
    sql.update(
        "UPDATE mc_loan SET candidate_id = NULL, business_plan = NULL, notes = NULL,"
            + " referred_by = NULL,"
            + " tax_code = CASE WHEN borrower = 'CANDIDATE' THEN NULL ELSE tax_code END,"
            + " version = version + 1 WHERE candidate_id = ?",
        candidateId);
  }

  private static Loan read(ResultSet rs) throws SQLException {
    return new Loan(
        rs.getLong(1),
        rs.getLong(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        (Long) rs.getObject(6),
        rs.getString(7),
        rs.getString(8),
        rs.getBoolean(9),
        rs.getString(10),
        rs.getBigDecimal(11),
        rs.getInt(12),
        rs.getInt(13),
        rs.getBigDecimal(14),
        LoanStatus.valueOf(rs.getString(15)),
        rs.getString(16),
        rs.getString(17),
        rs.getObject(18, LocalDate.class),
        rs.getObject(19, LocalDate.class),
        rs.getObject(20, LocalDate.class),
        rs.getInt(21),
        null,
        null,
        0,
        List.of());
  }
}
