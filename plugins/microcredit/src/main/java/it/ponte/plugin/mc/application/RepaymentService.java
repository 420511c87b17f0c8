package it.ponte.plugin.mc.application;

import it.ponte.api.core.Money;
import it.ponte.plugin.mc.domain.Fund;
import it.ponte.plugin.mc.domain.Loan;
import it.ponte.plugin.mc.domain.LoanStatus;
import it.ponte.plugin.mc.domain.Repayment;
import it.ponte.plugin.mc.domain.Repayments;
import it.ponte.plugin.mc.infrastructure.LoanRepository;
import it.ponte.plugin.mc.infrastructure.RepaymentRepository;
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

  @Inject RepaymentRepository repayments;

  @Inject LoanRepository loanRows;

  @Inject McTerritory territory;

  @Inject LoanBook loans;

  @Inject FundService funds;

  /** Applies a repayment (see {@link Repayments}); a loan repaid in full becomes REPAID. */
  public Repayment repay(long loanId, BigDecimal amount, LocalDate paidOn, String actor) {
    Loan loan = loans.lock(loanId);
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
    Repayment repayment =
        repayments.insert(
            loanId,
            new Repayment(
                0, amount, paidOn, applied.interest(), applied.principal(), applied.prepaid()),
            actor);
    if (Repayments.outstanding(applied.schedule()).signum() == 0
        && loan.status() == LoanStatus.DISBURSED) {
      loans.setStatus(loanId, LoanStatus.REPAID);
    }
    return repayment;
  }

  public List<Repayment> repayments(long loanId) {
    return repayments.ofLoan(loanId);
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
    for (long id : loanRows.ids(null, LoanStatus.DISBURSED)) {
      if (Repayments.daysInArrears(loans.instalments(id), today) >= threshold) {
        n += loanRows.defaulted(id, today);
      }
    }
    return n;
  }

  /**
   * Calls the guarantee on a defaulted loan, once: the fund pays its coverage share of the
   * outstanding principal (at most its balance), recorded in its ledger (which lowers its
   * capacity). The loan then no longer counts in the fund's exposure.
   */
  public Fund.Entry guaranteeCall(long loanId, LocalDate onDate, String actor) {
    Loan loan = loans.lock(loanId);
    LoanBook.requireStatus(loan, LoanStatus.DEFAULTED);
    Fund fund = funds.lock(loan.fundId());
    if (funds.guaranteeCalled(loanId)) {
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
