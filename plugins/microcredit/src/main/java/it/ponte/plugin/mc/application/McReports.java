package it.ponte.plugin.mc.application;

import it.ponte.api.core.Money;
import it.ponte.api.core.TenantSql;
import it.ponte.plugin.mc.domain.Instalment;
import it.ponte.plugin.mc.domain.Repayments;
import it.ponte.plugin.mc.domain.Schedule;
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

  @Inject TenantSql sql;

  @Inject McTerritory territory;

  @Inject FundService funds;

  /** Counts and sums for reports; euro sums also as whole euros for federated metrics. */
  public Map<String, Number> figures() {
    LocalDate today = territory.today();
    int parDays = territory.rules().parDays();
    Map<String, Number> figures = new LinkedHashMap<>();
    for (Object[] row :
        sql.query(
            "SELECT status, count(*) FROM mc_loan GROUP BY status ORDER BY status",
            rs -> new Object[] {rs.getString(1), rs.getLong(2)})) {
      figures.put("loans " + row[0], (Long) row[1]);
    }
    figures.put(
        "disbursed EUR",
        sql.query("SELECT coalesce(sum(amount), 0) FROM mc_disbursement", rs -> rs.getBigDecimal(1))
            .get(0));
    Object[] portfolio =
        sql.query(
                "SELECT coalesce(sum(due), 0), coalesce(sum(due) FILTER (WHERE oldest < ?), 0)"
                    + " FROM (SELECT l.id, sum(i.principal - i.principal_paid) AS due,"
                    + "   min(i.due_on) FILTER (WHERE i.due_on < ? AND"
                    + "     (i.principal_paid < i.principal OR i.interest_paid < i.interest)) AS oldest"
                    + "   FROM mc_loan l JOIN mc_instalment i ON i.loan_id = l.id"
                    + "   WHERE l.status IN ('DISBURSED', 'DEFAULTED') GROUP BY l.id) p",
                rs -> new Object[] {rs.getBigDecimal(1), rs.getBigDecimal(2)},
                today.minusDays(parDays),
                today)
            .get(0);
    BigDecimal outstanding = (BigDecimal) portfolio[0];
    BigDecimal atRisk = (BigDecimal) portfolio[1];
    figures.put("outstanding principal EUR", outstanding);
    figures.put("PAR" + parDays + " EUR", atRisk);
    figures.put("PAR" + parDays + " %", percent(atRisk, outstanding));
    figures.put(
        "defaults",
        sql.query("SELECT count(*) FROM mc_loan WHERE status = 'DEFAULTED'", rs -> rs.getLong(1))
            .get(0));
    figures.put(
        "guarantee calls EUR",
        sql.query(
                "SELECT coalesce(-sum(amount), 0) FROM mc_fund_entry WHERE kind = 'GUARANTEE_CALL'",
                rs -> rs.getBigDecimal(1))
            .get(0));
    figures.put(
        "fund free capacity EUR",
        funds.funds().stream()
            .map(FundService.Fund::freeCapacity)
            .reduce(Money.ZERO, BigDecimal::add));
    figures.put(
        "jobs created", sql.query("SELECT count(*) FROM mc_job", rs -> rs.getLong(1)).get(0));
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
    figures.put(
        "loans applied",
        count("SELECT count(*) FROM mc_loan WHERE applied_on BETWEEN ? AND ?", from, to));
    figures.put(
        "loans approved",
        count("SELECT count(*) FROM mc_loan WHERE approved_on BETWEEN ? AND ?", from, to));
    figures.put(
        "defaults",
        count("SELECT count(*) FROM mc_loan WHERE defaulted_on BETWEEN ? AND ?", from, to));
    figures.put(
        "disbursed EUR",
        sum(
            "SELECT coalesce(sum(amount), 0) FROM mc_disbursement WHERE on_date BETWEEN ? AND ?",
            from,
            to));
    figures.put(
        "repaid EUR",
        sum(
            "SELECT coalesce(sum(amount), 0) FROM mc_repayment WHERE paid_on BETWEEN ? AND ?",
            from,
            to));
    figures.put(
        "guarantee calls EUR",
        sum(
            "SELECT coalesce(-sum(amount), 0) FROM mc_fund_entry WHERE kind = 'GUARANTEE_CALL'"
                + " AND on_date BETWEEN ? AND ?",
            from,
            to));
    figures.put(
        "jobs created",
        count("SELECT count(*) FROM mc_job WHERE start_date BETWEEN ? AND ?", from, to));
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
    for (LoanBook.Loan loan :
        sql.query(
            LoanBook.LOAN
                + " WHERE (defaulted_on IS NULL OR defaulted_on > ?) AND EXISTS (SELECT 1 FROM"
                + " mc_disbursement d WHERE d.loan_id = mc_loan.id AND d.on_date <= ?)",
            LoanBook::readLoan,
            day,
            day)) {
      Object[] tranches =
          sql.query(
                  "SELECT sum(amount), max(on_date) FROM mc_disbursement"
                      + " WHERE loan_id = ? AND on_date <= ?",
                  rs -> new Object[] {rs.getBigDecimal(1), rs.getObject(2, LocalDate.class)},
                  loan.id(),
                  day)
              .get(0);
      BigDecimal disbursed = Money.euro((BigDecimal) tranches[0]);
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
              ((LocalDate) tranches[1]).plusMonths(1));
      for (Object[] repayment :
          sql.query(
              "SELECT amount, paid_on FROM mc_repayment WHERE loan_id = ? AND paid_on <= ?"
                  + " ORDER BY id",
              rs -> new Object[] {rs.getBigDecimal(1), rs.getObject(2, LocalDate.class)},
              loan.id(),
              day)) {
        schedule =
            Repayments.apply(
                    schedule,
                    (BigDecimal) repayment[0],
                    (LocalDate) repayment[1],
                    loan.annualRatePercent())
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

  private long count(String query, LocalDate from, LocalDate to) {
    return sql.query(query, rs -> rs.getLong(1), from, to).get(0);
  }

  private BigDecimal sum(String query, LocalDate from, LocalDate to) {
    return sql.query(query, rs -> rs.getBigDecimal(1), from, to).get(0);
  }
}
