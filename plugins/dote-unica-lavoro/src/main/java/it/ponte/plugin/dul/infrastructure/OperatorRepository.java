package it.ponte.plugin.dul.infrastructure;

import it.ponte.api.core.TenantSql;
import it.ponte.plugin.dul.domain.Operator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Accredited operators ({@code dul_operator}) and their budget ledgers. */
@ApplicationScoped
public class OperatorRepository {

  @Inject TenantSql sql;

  private static final String OPERATOR =
      "SELECT o.id, o.name, o.ceiling, o.ceiling + coalesce(sum(e.amount), 0) FROM dul_operator o"
          + " LEFT JOIN dul_budget_entry e ON e.operator_id = o.id";

  /** Stores a new operator; empty when an operator has the name. */
  public Optional<Long> insert(String name, BigDecimal ceiling) {
    return sql.tryInsertReturning(
        "INSERT INTO dul_operator (name, ceiling) VALUES (?, ?) RETURNING id",
        rs -> rs.getLong(1),
        name,
        ceiling);
  }

  public List<Operator> all() {
    return sql.query(OPERATOR + " GROUP BY o.id ORDER BY o.id", OperatorRepository::read);
  }

  public Optional<Operator> find(long id) {
    return sql.queryOne(OPERATOR + " WHERE o.id = ? GROUP BY o.id", OperatorRepository::read, id);
  }

  /** Locks the operator's row until the transaction ends; false when there is no such operator. */
  public boolean lock(long id) {
    return sql.queryOne(
            "SELECT id FROM dul_operator WHERE id = ? FOR UPDATE", rs -> rs.getLong(1), id)
        .isPresent();
  }

  public List<Operator.Entry> ledger(long operatorId) {
    return sql.query(
        "SELECT id, kind, amount, dote_id, note FROM dul_budget_entry WHERE operator_id = ?"
            + " ORDER BY id",
        rs ->
            new Operator.Entry(
                rs.getLong(1),
                rs.getString(2),
                rs.getBigDecimal(3),
                (Long) rs.getObject(4),
                rs.getString(5)),
        operatorId);
  }

  public void addEntry(
      long operatorId, String kind, BigDecimal amount, Long doteId, String note, String actor) {
    sql.update(
        "INSERT INTO dul_budget_entry (operator_id, kind, amount, dote_id, note, actor)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        operatorId,
        kind,
        amount,
        doteId,
        note,
        actor);
  }

  private static Operator read(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Operator(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4));
  }
}
