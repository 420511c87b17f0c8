package it.ponte.plugin.mc.infrastructure;

import it.ponte.api.core.TenantSql;
import it.ponte.plugin.mc.domain.Fund;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Guarantee funds ({@code mc_fund}) and their ledgers ({@code mc_fund_entry}). */
@ApplicationScoped
public class FundRepository {

  @Inject TenantSql sql;

  /** Stores a new fund; empty when a fund has the name. */
  public Optional<Long> insert(
      String name, String bank, BigDecimal leverage, BigDecimal coveragePercent) {
    return sql.tryInsertReturning(
        "INSERT INTO mc_fund (name, bank, leverage, coverage_percent) VALUES (?, ?, ?, ?)"
            + " RETURNING id",
        rs -> rs.getLong(1),
        name,
        bank,
        leverage,
        coveragePercent);
  }

  public List<Fund> all() {
    return sql.query("SELECT id FROM mc_fund ORDER BY id", rs -> rs.getLong(1)).stream()
        .map(id -> find(id).orElseThrow())
        .toList();
  }

  /** A fund with its position: its ledger's balance and what it guarantees now. */
  public Optional<Fund> find(long id) {
    return sql.queryOne(
        "SELECT name, bank, leverage, coverage_percent,"
            + " (SELECT coalesce(sum(amount), 0) FROM mc_fund_entry WHERE fund_id = f.id)"
            + " FROM mc_fund f WHERE id = ?",
        rs ->
            Fund.of(
                id,
                rs.getString(1),
                rs.getString(2),
                rs.getBigDecimal(3),
                rs.getBigDecimal(4),
                rs.getBigDecimal(5),
                exposure(id)),
        id);
  }

  /** Locks the fund's row until the transaction ends; false when there is no such fund. */
  public boolean lock(long id) {
    return sql.queryOne("SELECT id FROM mc_fund WHERE id = ? FOR UPDATE", rs -> rs.getLong(1), id)
        .isPresent();
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

  public List<Fund.Entry> ledger(long fundId) {
    return sql.query(
        "SELECT id, kind, amount, on_date, loan_id, note FROM mc_fund_entry WHERE fund_id = ?"
            + " ORDER BY on_date, id",
        rs ->
            new Fund.Entry(
                rs.getLong(1),
                rs.getString(2),
                rs.getBigDecimal(3),
                rs.getObject(4, LocalDate.class),
                (Long) rs.getObject(5),
                rs.getString(6)),
        fundId);
  }

  public void addEntry(
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

  /** Whether the guarantee on a loan was called (it has an entry in a ledger). */
  public boolean guaranteeCalled(long loanId) {
    return sql.queryOne("SELECT 1 FROM mc_fund_entry WHERE loan_id = ?", rs -> rs.getInt(1), loanId)
        .isPresent();
  }
}
