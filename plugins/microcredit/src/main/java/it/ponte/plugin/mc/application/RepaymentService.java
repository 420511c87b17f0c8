package it.ponte.plugin.mc.application;

import it.ponte.api.core.Money;
import it.ponte.api.core.TenantSql;
import it.ponte.plugin.mc.domain.LoanStatus;
import it.ponte.plugin.mc.domain.Repayments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * Repayments, arrears and defaults of disbursed loans, and the guarantee call on a defaulted one.
 */
@ApplicationScoped
@Transactional
public class RepaymentService {

  @Inject TenantSql sql;

  @Inject McTerritory territory;

  @Inject LoanBook loans;

  @Inject FundService funds;

  /** A repayment and how it was applied. */
  public record Repayment(
      long id,
      BigDecimal amount,
      LocalDate paidOn,
      BigDecimal interest,
      BigDecimal principal,
      BigDecimal prepaid) {}

  /** Applies a repayment (see {@link Repayments}); a loan repaid in full becomes REPAID. */
  public Repayment repay(long loanId, BigDecimal amount, LocalDate paidOn, String actor) {
    LoanBook.Loan loan = loans.lock(loanId);
    LoanBook.requireStatus(loan, LoanStatus.DISBURSED, LoanStatus.DEFAULTED);
    loans.notBefore(paidOn, loan.approvedOn(), "a repayment", "the approval");
    Repayments.Applied applied;
    try {
      applied =
          Repayments.apply(loans.instalments(loanId), amount, paidOn, loan.annualRatePercent());
    } catch (IllegalArgumentException e) {
      throw new McRefusal(422, "repayment-refused", e.getMessage(), List.of());
    }
    loans.writeSchedule(loanId, applied.schedule());
    long id =
        sql.query(
                "INSERT INTO mc_repayment (loan_id, amount, paid_on, interest, principal, prepaid,"
                    + " actor) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                rs -> rs.getLong(1),
                loanId,
                amount,
                paidOn,
                applied.interest(),
                applied.principal(),
                applied.prepaid(),
                actor)
            .get(0);
    if (Repayments.outstanding(applied.schedule()).signum() == 0
        && loan.status() == LoanStatus.DISBURSED) {
      loans.setStatus(loanId, LoanStatus.REPAID);
    }
    return new Repayment(
        id, amount, paidOn, applied.interest(), applied.principal(), applied.prepaid());
  }

  public List<Repayment> repayments(long loanId) {
    return sql.query(
        "SELECT id, amount, paid_on, interest, principal, prepaid FROM mc_repayment"
            + " WHERE loan_id = ? ORDER BY paid_on, id",
        rs ->
            new Repayment(
                rs.getLong(1),
                rs.getBigDecimal(2),
                rs.getObject(3, LocalDate.class),
                rs.getBigDecimal(4),
                rs.getBigDecimal(5),
                rs.getBigDecimal(6)),
        loanId);
  }

  /**
   * Moves disbursed loans whose arrears reached the configured threshold to DEFAULTED (today in the
   * territory's time zone). Safe to run again.
   *
   * @return how many loans defaulted now
   */
  public int markDefaults() {
    LocalDate today = territory.today();
    int threshold = territory.rules().defaultAfterDaysInArrears();
    int n = 0;
    for (long id :
        sql.query(
            "SELECT id FROM mc_loan WHERE status = 'DISBURSED' ORDER BY id", rs -> rs.getLong(1))) {
      if (Repayments.daysInArrears(loans.instalments(id), today) >= threshold) {
        n +=
            sql.update(
                "UPDATE mc_loan SET status = 'DEFAULTED', defaulted_on = ?, version = version + 1"
                    + " WHERE id = ? AND status = 'DISBURSED'",
                today,
                id);
      }
    }
    return n;
  }

  /**
   * Calls the guarantee on a defaulted loan, once: the fund pays its coverage share of the
   * outstanding principal (at most its balance), recorded in its ledger (which lowers its
   * capacity). The loan then no longer counts in the fund's exposure.
   */
  public FundService.FundEntry guaranteeCall(long loanId, LocalDate onDate, String actor) {
    LoanBook.Loan loan = loans.lock(loanId);
    LoanBook.requireStatus(loan, LoanStatus.DEFAULTED);
    FundService.Fund fund = funds.lock(loan.fundId());
    boolean called =
        sql.queryOne("SELECT 1 FROM mc_fund_entry WHERE loan_id = ?", rs -> rs.getInt(1), loanId)
            .isPresent();
    if (called) {
      throw new McRefusal(
          409, "guarantee-called", "The guarantee on loan " + loanId + " was called.", List.of());
    }
    // The fund pays its share, never more than it holds.
    BigDecimal amount =
        loan.outstanding()
            .multiply(fund.coveragePercent())
            .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP)
            .min(fund.balance().max(Money.ZERO));
    funds.entry(
        fund.id(),
        "GUARANTEE_CALL",
        amount.negate(),
        onDate,
        loanId,
        fund.coveragePercent().stripTrailingZeros().toPlainString()
            + "% of EUR "
            + loan.outstanding().toPlainString(),
        actor);
    return funds.ledger(fund.id()).stream()
        .filter(e -> loanId == (e.loanId() == null ? -1 : e.loanId()))
        .findFirst()
        .orElseThrow();
  }
}
