package it.ponte.plugin.mc.application;

import it.ponte.api.core.Money;
import it.ponte.plugin.mc.domain.Fund;
import it.ponte.plugin.mc.domain.Instalment;
import it.ponte.plugin.mc.domain.Loan;
import it.ponte.plugin.mc.domain.LoanStatus;
import it.ponte.plugin.mc.domain.Repayment;
import it.ponte.plugin.mc.domain.Repayments;
import it.ponte.plugin.mc.domain.Schedule;
import it.ponte.plugin.mc.infrastructure.LoanRepository;
import it.ponte.plugin.mc.infrastructure.McReportQueries;
import it.ponte.plugin.mc.infrastructure.McReportQueries.Flow;
import it.ponte.plugin.mc.infrastructure.RepaymentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Microcredit's report figures: the portfolio now, and a period's flows by the date of their event
 * with the portfolio as it stood at the period's last day.
 */
@ApplicationScoped
@Transactional
public class McReports {

  @Inject McReportQueries queries;

  @Inject LoanRepository loans;

  @Inject RepaymentRepository repayments;

  @Inject McTerritory territory;

  @Inject FundService funds;

  /** Counts and sums for reports; euro sums also as whole euros for federated metrics. */
  public Map<String, Number> figures() {
    LocalDate today = territory.today();
    int parDays = territory.rules().parDays();
    Map<String, Number> figures = new LinkedHashMap<>();
    Map<String, Long> byStatus = queries.loansByStatus();
    byStatus.forEach((status, count) -> figures.put("loans " + status, count));
    figures.put("disbursed EUR", queries.disbursedEver());
    McReportQueries.Portfolio portfolio = queries.portfolio(today, today.minusDays(parDays));
    figures.put("outstanding principal EUR", portfolio.outstanding());
    figures.put("PAR" + parDays + " EUR", portfolio.atRisk());
    figures.put("PAR" + parDays + " %", percent(portfolio.atRisk(), portfolio.outstanding()));
    figures.put("defaults", byStatus.getOrDefault(LoanStatus.DEFAULTED.name(), 0L));
    figures.put("guarantee calls EUR", queries.guaranteeCallsEver());
    figures.put(
        "fund free capacity EUR",
        funds.funds().stream().map(Fund::freeCapacity).reduce(Money.ZERO, BigDecimal::add));
    figures.put("jobs created", queries.jobsEver());
    return figures;
  }

  /**
   * The figures of a period: flows by the date of their event (applications, approvals,
   * disbursements, repayments, defaults, guarantee calls, jobs starting in it) and the portfolio at
   * its last day: loans with principal outstanding then, how much, and how much of it was in
   * arrears beyond the PAR threshold then (loans defaulted by then have left the portfolio).
   */
  public Map<String, Number> figures(LocalDate from, LocalDate to) {
    Map<String, Number> figures = new LinkedHashMap<>();
    figures.put("loans applied", queries.count(Flow.LOANS_APPLIED, from, to));
    figures.put("loans approved", queries.count(Flow.LOANS_APPROVED, from, to));
    figures.put("defaults", queries.count(Flow.LOANS_DEFAULTED, from, to));
    figures.put("disbursed EUR", queries.sum(Flow.DISBURSED, from, to));
    figures.put("repaid EUR", queries.sum(Flow.REPAID, from, to));
    figures.put("guarantee calls EUR", queries.sum(Flow.GUARANTEE_CALLS, from, to));
    figures.put("jobs created", queries.count(Flow.JOBS_STARTING, from, to));
    int parDays = territory.rules().parDays();
    long loans = 0;
    BigDecimal outstanding = Money.ZERO;
    BigDecimal atRisk = Money.ZERO;
    for (Standing standing : standingAt(to)) {
      if (standing.outstanding().signum() > 0) {
        loans++;
        outstanding = outstanding.add(standing.outstanding());
        if (standing.daysInArrears() > parDays) {
          atRisk = atRisk.add(standing.outstanding());
        }
      }
    }
    figures.put("loans outstanding at period end", loans);
    figures.put("outstanding principal EUR at period end", outstanding);
    figures.put("PAR" + parDays + " EUR at period end", atRisk);
    figures.put("PAR" + parDays + " % at period end", percent(atRisk, outstanding));
    return figures;
  }

  /** Where a loan stood at the end of a day. */
  private record Standing(long loanId, BigDecimal outstanding, long daysInArrears) {}

  /**
   * The loans of the portfolio at the end of {@code day} (disbursed by then, not defaulted by then)
   * as they stood: the schedule fixed by the last tranche paid by then, replayed with the
   * repayments paid by then in the order they were recorded - the stored schedule is today's.
   */
  private List<Standing> standingAt(LocalDate day) {
    List<Standing> out = new ArrayList<>();
    for (Loan loan : loans.inPortfolioOn(day)) {
      LoanRepository.Tranches tranches = loans.disbursedBy(loan.id(), day);
      BigDecimal disbursed = Money.euro(tranches.total());
      if (disbursed.compareTo(loan.amount()) < 0) {
        out.add(new Standing(loan.id(), disbursed, 0));
        continue;
      }
      List<Instalment> schedule =
          Schedule.french(
              loan.amount(),
              loan.annualRatePercent(),
              loan.months(),
              loan.graceMonths(),
              tranches.last().plusMonths(1));
      for (Repayment repayment : repayments.ofLoanRecordedBy(loan.id(), day)) {
        schedule =
            Repayments.apply(
                    schedule, repayment.amount(), repayment.paidOn(), loan.annualRatePercent())
                .schedule();
      }
      out.add(
          new Standing(
              loan.id(),
              Repayments.outstanding(schedule),
              Repayments.daysInArrears(schedule, day)));
    }
    return out;
  }

  private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
    return whole.signum() == 0
        ? BigDecimal.ZERO
        : part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
  }
}
