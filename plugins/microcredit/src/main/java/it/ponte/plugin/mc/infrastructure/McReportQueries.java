package it.ponte.plugin.mc.infrastructure;

import it.ponte.api.core.TenantSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The counts and sums microcredit's reports and federated figures are made of. Flows are taken by
 * the date of their event ({@link Flow}); what is drawn from them is the application's.
 */
@ApplicationScoped
public class McReportQueries {

  @Inject TenantSql sql;

  /** Dated events of the plugin: the table, the date column and, for euros, the amount. */
  public enum Flow {
    LOANS_APPLIED("mc_loan WHERE", "applied_on", null, "id"),
    LOANS_APPROVED("mc_loan WHERE", "approved_on", null, "id"),
    LOANS_DEFAULTED("mc_loan WHERE", "defaulted_on", null, "id"),
    DISBURSED("mc_disbursement WHERE", "on_date", "amount", "loan_id"),
    REPAID("mc_repayment WHERE", "paid_on", "amount", "loan_id"),
    /** What the funds paid: their ledger entries are negative. */
    GUARANTEE_CALLS(
        "mc_fund_entry WHERE kind = 'GUARANTEE_CALL' AND", "on_date", "-amount", "loan_id"),
    JOBS_STARTING("mc_job WHERE", "start_date", null, "loan_id");

    private final String from;
    private final String date;
    private final String amount;
    private final String loan;

    Flow(String from, String date, String amount, String loan) {
      this.from = from;
      this.date = date;
      this.amount = amount;
      this.loan = loan;
    }
  }

  /** How many events of a flow happened in a period (days inclusive). */
  public long count(Flow flow, LocalDate from, LocalDate to) {
    return sql.query(
            "SELECT count(*) FROM " + flow.from + " " + flow.date + " BETWEEN ? AND ?",
            rs -> rs.getLong(1),
            from,
            to)
        .get(0);
  }

  /** The euros of a flow in a period (days inclusive). */
  public BigDecimal sum(Flow flow, LocalDate from, LocalDate to) {
    return sql.query(
            "SELECT coalesce(sum("
                + flow.amount
                + "), 0) FROM "
                + flow.from
                + " "
                + flow.date
                + " BETWEEN ? AND ?",
            rs -> rs.getBigDecimal(1),
            from,
            to)
        .get(0);
  }

  /** The loans behind a flow in a period, each once: loan id to its euros (1 for counts). */
  public Map<Long, BigDecimal> byLoan(Flow flow, LocalDate from, LocalDate to) {
    Map<Long, BigDecimal> out = new LinkedHashMap<>();
    sql.query(
        "SELECT "
            + flow.loan
            + ", "
            + (flow.amount == null ? "1" : "sum(" + flow.amount + ")")
            + " FROM "
            + flow.from
            + " "
            + flow.date
            + " BETWEEN ? AND ?"
            + " GROUP BY "
            + flow.loan
            + " ORDER BY "
            + flow.loan,
        rs -> out.put(rs.getLong(1), rs.getBigDecimal(2)),
        from,
        to);
    return out;
  }

  /** The loans by state now. */
  public Map<String, Long> loansByStatus() {
    Map<String, Long> out = new LinkedHashMap<>();
    sql.query(
        "SELECT status, count(*) FROM mc_loan GROUP BY status ORDER BY status",
        rs -> out.put(rs.getString(1), rs.getLong(2)));
    return out;
  }

  /** Every euro disbursed so far. */
  public BigDecimal disbursedEver() {
    return sql.query(
            "SELECT coalesce(sum(amount), 0) FROM mc_disbursement", rs -> rs.getBigDecimal(1))
        .get(0);
  }

  /** Every euro the guarantee funds paid on defaulted loans so far. */
  public BigDecimal guaranteeCallsEver() {
    return sql.query(
            "SELECT coalesce(-sum(amount), 0) FROM mc_fund_entry WHERE kind = 'GUARANTEE_CALL'",
            rs -> rs.getBigDecimal(1))
        .get(0);
  }

  public long jobsEver() {
    return sql.query("SELECT count(*) FROM mc_job", rs -> rs.getLong(1)).get(0);
  }

  /**
   * The principal outstanding today on disbursed and defaulted loans, and the part of it on loans
   * whose oldest unpaid instalment fell due before {@code atRiskBefore}.
   */
  public record Portfolio(BigDecimal outstanding, BigDecimal atRisk) {}

  public Portfolio portfolio(LocalDate today, LocalDate atRiskBefore) {
    List<Portfolio> rows =
        sql.query(
            "SELECT coalesce(sum(due), 0), coalesce(sum(due) FILTER (WHERE oldest < ?), 0)"
                + " FROM (SELECT l.id, sum(i.principal - i.principal_paid) AS due,"
                + "   min(i.due_on) FILTER (WHERE i.due_on < ? AND"
                + "     (i.principal_paid < i.principal OR i.interest_paid < i.interest)) AS oldest"
                + "   FROM mc_loan l JOIN mc_instalment i ON i.loan_id = l.id"
                + "   WHERE l.status IN ('DISBURSED', 'DEFAULTED') GROUP BY l.id) p",
            rs -> new Portfolio(rs.getBigDecimal(1), rs.getBigDecimal(2)),
            atRiskBefore,
            today);
    return rows.get(0);
  }
}
