package it.ponte.plugin.dul.application;

import it.ponte.api.core.TenantSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Accredited operators and their budgets in the request's tenant: the available budget is derived
 * from the ledger; bookings lock the operator's row so that concurrent plans never overdraw it.
 */
@ApplicationScoped
@Transactional
public class OperatorService {

  @Inject TenantSql sql;

  @Inject DulRows rows;

  @Inject DulTerritory territory;

  /** An accredited operator with its budget. */
  public record Operator(long id, String name, BigDecimal ceiling, BigDecimal available) {}

  /** A ledger entry of an operator's budget; BOOKED amounts are negative. */
  public record Entry(long id, String kind, BigDecimal amount, Long doteId, String note) {}

  public Operator createOperator(String name, BigDecimal ceiling) {
    try {
      long id =
          sql.query(
                  "INSERT INTO dul_operator (name, ceiling) VALUES (?, ?) RETURNING id",
                  rs -> rs.getLong(1),
                  name,
                  ceiling)
              .get(0);
      return operator(id).orElseThrow();
    } catch (TenantSql.SqlFailure e) {
      if (e.isUniqueViolation()) {
        throw new DulRefusal(
            409, "operator-exists", "An operator named " + name + " exists.", List.of());
      }
      throw e;
    }
  }

  public List<Operator> operators() {
    return rows.query(
        "SELECT o.id, o.name, o.ceiling, o.ceiling + coalesce(sum(e.amount), 0) FROM dul_operator o"
            + " LEFT JOIN dul_budget_entry e ON e.operator_id = o.id GROUP BY o.id ORDER BY o.id",
        List.of(),
        rs ->
            new Operator(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4)));
  }

  public Optional<Operator> operator(long id) {
    return operators().stream().filter(o -> o.id() == id).findFirst();
  }

  public List<Entry> ledger(long operatorId) {
    requireOperator(operatorId);
    return rows.query(
        "SELECT id, kind, amount, dote_id, note FROM dul_budget_entry WHERE operator_id = ? ORDER BY id",
        List.of(operatorId),
        rs ->
            new Entry(
                rs.getLong(1),
                rs.getString(2),
                rs.getBigDecimal(3),
                (Long) rs.getObject(4),
                rs.getString(5)));
  }

  /**
   * Records a quarterly redistribution of an operator's budget: positive (budget moved to it) or
   * negative (taken away). A negative one may take at most what is available: a redistribution
   * never leaves an operator below zero, overbooking is for plans only.
   */
  public Operator redistribute(long operatorId, BigDecimal amount, String note, String actor) {
    Operator operator = lock(operatorId);
    if (amount.signum() == 0) {
      throw new DulRefusal(
          422, "redistribution-refused", "A redistribution of zero changes nothing.", List.of());
    }
    if (operator.available().add(amount).signum() < 0) {
      throw new DulRefusal(
          422,
          "redistribution-refused",
          "The operator has EUR "
              + operator.available().toPlainString()
              + " available; a redistribution cannot take away more.",
          List.of());
    }
    entry(operatorId, "REDISTRIBUTION", amount, null, note, actor);
    return operator(operatorId).orElseThrow();
  }

  void requireOperator(long id) {
    if (operator(id).isEmpty()) {
      throw new DulRefusal(404, "not-found", "Operator " + id + " was not found.", List.of());
    }
  }

  /** Locks the operator's row for the transaction: bookings of one operator go one at a time. */
  Operator lock(long id) {
    List<Long> locked =
        rows.query(
            "SELECT id FROM dul_operator WHERE id = ? FOR UPDATE",
            List.of(id),
            rs -> rs.getLong(1));
    if (locked.isEmpty()) {
      throw new DulRefusal(404, "not-found", "Operator " + id + " was not found.", List.of());
    }
    return operator(id).orElseThrow();
  }

  void entry(
      long operatorId, String kind, BigDecimal amount, Long doteId, String note, String actor) {
    rows.update(
        "INSERT INTO dul_budget_entry (operator_id, kind, amount, dote_id, note, actor) VALUES (?, ?, ?, ?, ?, ?)",
        operatorId,
        kind,
        amount,
        doteId,
        note,
        actor);
  }
}
