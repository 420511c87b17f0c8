package it.ponte.plugin.mc.infrastructure;

import it.ponte.api.core.TenantSql;
import it.ponte.plugin.mc.domain.Repayment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/** Repayments of loans ({@code mc_repayment}) and how each was applied. */
@ApplicationScoped
public class RepaymentRepository {

  @Inject TenantSql sql;

  private static final String REPAYMENT =
      "SELECT id, amount, paid_on, interest, principal, prepaid FROM mc_repayment";

  /** Stores a repayment as applied; the answer carries its id. */
  public Repayment insert(long loanId, Repayment r, String actor) {
    long id =
        sql.query(
                "INSERT INTO mc_repayment (loan_id, amount, paid_on, interest, principal, prepaid,"
                    + " actor) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                rs -> rs.getLong(1),
                loanId,
                r.amount(),
                r.paidOn(),
                r.interest(),
                r.principal(),
                r.prepaid(),
                actor)
            .get(0);
    return new Repayment(id, r.amount(), r.paidOn(), r.interest(), r.principal(), r.prepaid());
  }

  /** A loan's repayments by the day paid. */
  public List<Repayment> ofLoan(long loanId) {
    return sql.query(
        REPAYMENT + " WHERE loan_id = ? ORDER BY paid_on, id", RepaymentRepository::read, loanId);
  }

  /** A loan's repayments paid by the end of a day, in the order they were recorded. */
  public List<Repayment> ofLoanRecordedBy(long loanId, LocalDate day) {
    return sql.query(
        REPAYMENT + " WHERE loan_id = ? AND paid_on <= ? ORDER BY id",
        RepaymentRepository::read,
        loanId,
        day);
  }

  private static Repayment read(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Repayment(
        rs.getLong(1),
        rs.getBigDecimal(2),
        rs.getObject(3, LocalDate.class),
        rs.getBigDecimal(4),
        rs.getBigDecimal(5),
        rs.getBigDecimal(6));
  }
}
