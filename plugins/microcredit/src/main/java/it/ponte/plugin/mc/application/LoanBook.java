package it.ponte.plugin.mc.application;

import it.ponte.api.core.Money;
import it.ponte.api.core.TenantSql;
import it.ponte.plugin.mc.domain.Instalment;
import it.ponte.plugin.mc.domain.LoanStatus;
import it.ponte.plugin.mc.domain.Repayments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * The loans of the request's tenant as rows: where a loan stands on a day (disbursed, outstanding,
 * days in arrears), its schedule, and the row-level steps the services share (lock, status,
 * schedule, the checks of dates and states).
 */
@ApplicationScoped
@Transactional
public class LoanBook {

  @Inject TenantSql sql;

  @Inject McTerritory territory;

  /** An ancillary support service given to a business borrower. */
  public record Service(String service, String tutor, LocalDate givenOn) {}

  /**
   * A loan and where it stands on a day.
   *
   * @param outstanding principal not yet repaid (the disbursed amount before the schedule exists)
   * @param daysInArrears since the oldest instalment due and not fully paid
   */
  public record Loan(
      long id,
      long fundId,
      String product,
      String kind,
      String borrower,
      Long candidateId,
      String organisation,
      String taxCode,
      boolean srl,
      String referredBy,
      BigDecimal amount,
      int months,
      int graceMonths,
      BigDecimal annualRatePercent,
      LoanStatus status,
      String businessPlan,
      String notes,
      LocalDate appliedOn,
      LocalDate approvedOn,
      LocalDate defaultedOn,
      int jobsCreated,
      BigDecimal disbursed,
      BigDecimal outstanding,
      long daysInArrears,
      List<Service> services) {}

  public List<Instalment> schedule(long loanId) {
    loan(loanId, territory.today());
    return instalments(loanId);
  }

  /**
   * The loans, of one candidate and in one state when given.
   *
   * @throws McRefusal 422 when the state is not one of {@link LoanStatus}
   */
  public List<Loan> loans(Long candidateId, String status) {
    if (status != null
        && java.util.Arrays.stream(LoanStatus.values()).noneMatch(s -> s.name().equals(status))) {
      throw new McRefusal(
          422,
          "unknown-status",
          "No loan is ever " + status + "; a loan is one of " + List.of(LoanStatus.values()) + ".",
          List.of());
    }
    LocalDate today = territory.today();
    return sql
        .query(
            "SELECT id FROM mc_loan WHERE (?::bigint IS NULL OR candidate_id = ?)"
                + " AND (?::text IS NULL OR status = ?) ORDER BY id",
            rs -> rs.getLong(1),
            candidateId,
            candidateId,
            status,
            status)
        .stream()
        .map(id -> loan(id, today))
        .toList();
  }

  /** A loan as it stands on {@code asOf}. */
  public Loan loan(long id, LocalDate asOf) {
    Loan base =
        sql.queryOne(LOAN + " WHERE id = ?", LoanBook::readLoan, id)
            .orElseThrow(() -> McRefusal.notFound("Loan", id));
    BigDecimal disbursed =
        sql.query(
                "SELECT coalesce(sum(amount), 0) FROM mc_disbursement WHERE loan_id = ?",
                rs -> rs.getBigDecimal(1),
                id)
            .get(0);
    List<Instalment> schedule = instalments(id);
    BigDecimal outstanding =
        schedule.isEmpty() ? Money.euro(disbursed) : Repayments.outstanding(schedule);
    List<Service> services =
        sql.query(
            "SELECT service, tutor, given_on FROM mc_service WHERE loan_id = ? ORDER BY given_on, id",
            rs -> new Service(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class)),
            id);
    return new Loan(
        base.id(),
        base.fundId(),
        base.product(),
        base.kind(),
        base.borrower(),
        base.candidateId(),
        base.organisation(),
        base.taxCode(),
        base.srl(),
        base.referredBy(),
        base.amount(),
        base.months(),
        base.graceMonths(),
        base.annualRatePercent(),
        base.status(),
        base.businessPlan(),
        base.notes(),
        base.appliedOn(),
        base.approvedOn(),
        base.defaultedOn(),
        base.jobsCreated(),
        Money.euro(disbursed),
        outstanding,
        Repayments.daysInArrears(schedule, asOf),
        services);
  }

  List<Instalment> instalments(long loanId) {
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

  void writeSchedule(long loanId, List<Instalment> schedule) {
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

  void setStatus(long loanId, LoanStatus status) {
    sql.update(
        "UPDATE mc_loan SET status = ?, version = version + 1 WHERE id = ?", status.name(), loanId);
  }

  /** Refuses a day in the future, or before an earlier step of the loan. */
  void notBefore(LocalDate day, LocalDate earlier, String what, String earlierWhat) {
    if (day.isAfter(territory.today())) {
      throw new McRefusal(
          422, "date-refused", "The date of " + what + " is in the future: " + day, List.of());
    }
    if (earlier != null && day.isBefore(earlier)) {
      throw new McRefusal(
          422,
          "date-refused",
          "The date of " + what + " (" + day + ") precedes " + earlierWhat + " (" + earlier + ").",
          List.of());
    }
  }

  static void requireStatus(Loan loan, LoanStatus... allowed) {
    if (!List.of(allowed).contains(loan.status())) {
      throw new McRefusal(
          409,
          "wrong-state",
          "Loan " + loan.id() + " is " + loan.status() + "; this needs " + List.of(allowed) + ".",
          List.of());
    }
  }

  Loan lock(long id) {
    sql.queryOne("SELECT id FROM mc_loan WHERE id = ? FOR UPDATE", rs -> rs.getLong(1), id)
        .orElseThrow(() -> McRefusal.notFound("Loan", id));
    return loan(id, territory.today());
  }

  static final String LOAN =
      "SELECT id, fund_id, product, kind, borrower, candidate_id, organisation, tax_code, srl,"
          + " referred_by, amount, months, grace_months, annual_rate, status, business_plan, notes,"
          + " applied_on, approved_on, defaulted_on,"
          + " (SELECT count(*) FROM mc_job j WHERE j.loan_id = mc_loan.id) FROM mc_loan";

  static Loan readLoan(ResultSet rs) throws SQLException {
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
