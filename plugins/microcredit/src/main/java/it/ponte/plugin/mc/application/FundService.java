package it.ponte.plugin.mc.application;

import it.ponte.api.core.Money;
import it.ponte.api.core.TenantSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Guarantee funds in the request's tenant: a fund's position is derived from its ledger (deposits,
 * releases, guarantee calls) and the loans it guarantees; operations on one fund lock its row, so
 * two approvals racing for the last capacity never both pass.
 */
@ApplicationScoped
@Transactional
public class FundService {

  @Inject TenantSql sql;

  /**
   * A guarantee fund and its position.
   *
   * @param balance deposits less guarantee calls and releases
   * @param capacity what the bank may lend against it: balance x leverage
   * @param exposure principal it guarantees now: approved loans not yet fully disbursed count in
   *     full, disbursed ones by their principal not yet repaid
   * @param freeCapacity capacity less exposure
   */
  public record Fund(
      long id,
      String name,
      String bank,
      BigDecimal leverage,
      BigDecimal coveragePercent,
      BigDecimal balance,
      BigDecimal capacity,
      BigDecimal exposure,
      BigDecimal freeCapacity) {}

  /** An entry of a fund's ledger: deposits positive, guarantee calls and releases negative. */
  public record FundEntry(
      long id, String kind, BigDecimal amount, LocalDate onDate, Long loanId, String note) {}

  public Fund createFund(
      String name, String bank, BigDecimal leverage, BigDecimal coveragePercent) {
    try {
      long id =
          sql.query(
                  "INSERT INTO mc_fund (name, bank, leverage, coverage_percent) VALUES (?, ?, ?, ?)"
                      + " RETURNING id",
                  rs -> rs.getLong(1),
                  name,
                  bank,
                  leverage,
                  coveragePercent)
              .get(0);
      return fund(id);
    } catch (TenantSql.SqlFailure e) {
      if (e.isUniqueViolation()) {
        throw new McRefusal(409, "fund-exists", "A fund named " + name + " exists.", List.of());
      }
      throw e;
    }
  }

  public List<Fund> funds() {
    return sql.query("SELECT id FROM mc_fund ORDER BY id", rs -> rs.getLong(1)).stream()
        .map(this::fund)
        .toList();
  }

  public Fund fund(long id) {
    Object[] f =
        sql.queryOne(
                "SELECT name, bank, leverage, coverage_percent FROM mc_fund WHERE id = ?",
                rs ->
                    new Object[] {
                      rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4)
                    },
                id)
            .orElseThrow(() -> McRefusal.notFound("Fund", id));
    BigDecimal balance =
        sql.query(
                "SELECT coalesce(sum(amount), 0) FROM mc_fund_entry WHERE fund_id = ?",
                rs -> rs.getBigDecimal(1),
                id)
            .get(0);
    BigDecimal leverage = (BigDecimal) f[2];
    BigDecimal capacity = Money.euro(balance.multiply(leverage));
    BigDecimal exposure = Money.euro(exposure(id));
    return new Fund(
        id,
        (String) f[0],
        (String) f[1],
        leverage,
        (BigDecimal) f[3],
        Money.euro(balance),
        capacity,
        exposure,
        capacity.subtract(exposure));
  }

  /** Principal the fund guarantees now (see {@link Fund#exposure()}). */
  private BigDecimal exposure(long fundId) {
    return sql.query(
            "SELECT coalesce(sum(CASE"
                + " WHEN l.status IN ('APPROVED', 'DISBURSING') THEN l.amount"
                + " WHEN l.status = 'DISBURSED' OR (l.status = 'DEFAULTED' AND NOT EXISTS"
                + "   (SELECT 1 FROM mc_fund_entry e WHERE e.loan_id = l.id))"
                + "   THEN (SELECT coalesce(sum(i.principal - i.principal_paid), 0)"
                + "         FROM mc_instalment i WHERE i.loan_id = l.id)"
                + " ELSE 0 END), 0) FROM mc_loan l WHERE l.fund_id = ?",
            rs -> rs.getBigDecimal(1),
            fundId)
        .get(0);
  }

  public List<FundEntry> ledger(long fundId) {
    fund(fundId);
    return sql.query(
        "SELECT id, kind, amount, on_date, loan_id, note FROM mc_fund_entry WHERE fund_id = ?"
            + " ORDER BY on_date, id",
        rs ->
            new FundEntry(
                rs.getLong(1),
                rs.getString(2),
                rs.getBigDecimal(3),
                rs.getObject(4, LocalDate.class),
                (Long) rs.getObject(5),
                rs.getString(6)),
        fundId);
  }

  /** Records a deposit into the fund (a fund raised from 100,000 to 150,000 is two deposits). */
  public Fund deposit(long fundId, BigDecimal amount, LocalDate onDate, String note, String actor) {
    lock(fundId);
    entry(fundId, "DEPOSIT", amount, onDate, null, note, actor);
    return fund(fundId);
  }

  /**
   * Records money taken out of the fund; refused when the lower capacity would no longer cover what
   * the fund guarantees.
   */
  public Fund release(long fundId, BigDecimal amount, LocalDate onDate, String note, String actor) {
    Fund fund = lock(fundId);
    BigDecimal capacityAfter =
        Money.euro(fund.balance().subtract(amount).multiply(fund.leverage()));
    if (amount.compareTo(fund.balance()) > 0 || capacityAfter.compareTo(fund.exposure()) < 0) {
      throw new McRefusal(
          422,
          "release-refused",
          "Releasing EUR "
              + amount.toPlainString()
              + " would leave a capacity of EUR "
              + capacityAfter.toPlainString()
              + " for an exposure of EUR "
              + fund.exposure().toPlainString()
              + ".",
          List.of());
    }
    entry(fundId, "RELEASE", amount.negate(), onDate, null, note, actor);
    return fund(fundId);
  }

  Fund lock(long id) {
    sql.queryOne("SELECT id FROM mc_fund WHERE id = ? FOR UPDATE", rs -> rs.getLong(1), id)
        .orElseThrow(() -> McRefusal.notFound("Fund", id));
    return fund(id);
  }

  void entry(
      long fundId,
      String kind,
      BigDecimal amount,
      LocalDate onDate,
      Long loanId,
      String note,
      String actor) {
    sql.update(
        "INSERT INTO mc_fund_entry (fund_id, kind, amount, on_date, loan_id, note, actor)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)",
        fundId,
        kind,
        amount,
        onDate,
        loanId,
        note,
        actor);
  }
}
