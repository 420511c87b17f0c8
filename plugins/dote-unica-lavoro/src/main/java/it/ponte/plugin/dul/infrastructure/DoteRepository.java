package it.ponte.plugin.dul.infrastructure;

import it.ponte.api.core.TenantSql;
import it.ponte.plugin.dul.domain.Dote;
import it.ponte.plugin.dul.domain.DoteStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Doti ({@code dul_dote}) with their plans ({@code dul_pip_line}) and deliveries. */
@ApplicationScoped
public class DoteRepository {

  @Inject TenantSql sql;

  private static final String DOTE =
      "SELECT id, candidate_id, operator_id, status, score, fascia, max_value, starts_on, ends_on,"
          + " booked, contributions, close_reason FROM dul_dote";

  /** What a new dote is opened with. */
  public record Opening(
      long candidateId,
      long operatorId,
      String phase,
      int score,
      int fascia,
      BigDecimal maxValue,
      LocalDate startsOn,
      LocalDate endsOn,
      String contributions) {}

  /** Opens an ACTIVE dote; empty when the candidate has an active one. */
  public Optional<Long> insert(Opening o) {
    return sql.tryInsertReturning(
        "INSERT INTO dul_dote (candidate_id, operator_id, phase, status, score, fascia,"
            + " max_value, starts_on, ends_on, contributions)"
            + " VALUES (?, ?, ?, 'ACTIVE', ?, ?, ?, ?, ?, ?) RETURNING id",
        rs -> rs.getLong(1),
        o.candidateId(),
        o.operatorId(),
        o.phase(),
        o.score(),
        o.fascia(),
        o.maxValue(),
        o.startsOn(),
        o.endsOn(),
        o.contributions());
  }

  public Optional<Dote> find(long id) {
    return sql.queryOne(DOTE + " WHERE id = ?", DoteRepository::read, id);
  }

  public List<Dote> all() {
    return sql.query(DOTE + " ORDER BY id", DoteRepository::read);
  }

  public List<Dote> ofCandidate(long candidateId) {
    return sql.query(
        DOTE + " WHERE candidate_id = ? ORDER BY id", DoteRepository::read, candidateId);
  }

  /** Active doti whose last day is before {@code day}. */
  public List<Dote> activeEndingBefore(LocalDate day) {
    return sql.query(
        DOTE + " WHERE status = 'ACTIVE' AND ends_on < ? ORDER BY id", DoteRepository::read, day);
  }

  /** Closes an active dote in a final state; false when it was no longer active. */
  public boolean close(long id, DoteStatus status, LocalDate on, String reason) {
    return sql.update(
            "UPDATE dul_dote SET status = ?, closed_on = ?, close_reason = ?"
                + " WHERE id = ? AND status = 'ACTIVE'",
            status.name(),
            on,
            reason,
            id)
        == 1;
  }

  /** Moves a dote's dates (demo data that began in the past). */
  public void dated(long id, LocalDate startsOn, LocalDate endsOn) {
    sql.update("UPDATE dul_dote SET starts_on = ?, ends_on = ? WHERE id = ?", startsOn, endsOn, id);
  }

  /** Sets the day a dote closed (demo data that closed in the past). */
  public void closedOn(long id, LocalDate on) {
    sql.update("UPDATE dul_dote SET closed_on = ? WHERE id = ?", on, id);
  }

  /** Replaces the dote's plan and what it books. */
  public void replacePlan(long doteId, List<Dote.PlanLine> lines, BigDecimal booked) {
    sql.update("DELETE FROM dul_pip_line WHERE dote_id = ?", doteId);
    for (Dote.PlanLine line : lines) {
      sql.update(
          "INSERT INTO dul_pip_line (dote_id, service_code, quantity, amount) VALUES (?, ?, ?, ?)",
          doteId,
          line.serviceCode(),
          line.quantity(),
          line.amount());
    }
    sql.update("UPDATE dul_dote SET booked = ? WHERE id = ?", booked, doteId);
  }

  public List<Dote.PlanLine> plan(long doteId) {
    return sql.query(
        "SELECT service_code, quantity, amount FROM dul_pip_line WHERE dote_id = ? ORDER BY id",
        rs -> new Dote.PlanLine(rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3)),
        doteId);
  }

  /** How much of a service the plan holds (0 when it is not in the plan). */
  public BigDecimal planned(long doteId, String serviceCode) {
    return sql.query(
            "SELECT coalesce(sum(quantity), 0) FROM dul_pip_line WHERE dote_id = ?"
                + " AND service_code = ?",
            rs -> rs.getBigDecimal(1),
            doteId,
            serviceCode)
        .get(0);
  }

  /** How much of a service was delivered so far. */
  public BigDecimal delivered(long doteId, String serviceCode) {
    return sql.query(
            "SELECT coalesce(sum(quantity), 0) FROM dul_delivery WHERE dote_id = ?"
                + " AND service_code = ?",
            rs -> rs.getBigDecimal(1),
            doteId,
            serviceCode)
        .get(0);
  }

  public void addDelivery(long doteId, Dote.Delivery d) {
    sql.update(
        "INSERT INTO dul_delivery (dote_id, service_code, quantity, delivered_on, staff)"
            + " VALUES (?, ?, ?, ?, ?)",
        doteId,
        d.serviceCode(),
        d.quantity(),
        d.deliveredOn(),
        d.staff());
  }

  public List<Dote.Delivery> deliveries(long doteId) {
    return sql.query(
        "SELECT service_code, quantity, delivered_on, staff FROM dul_delivery WHERE dote_id = ?"
            + " ORDER BY id",
        rs ->
            new Dote.Delivery(
                rs.getString(1),
                rs.getBigDecimal(2),
                rs.getObject(3, LocalDate.class),
                rs.getString(4)),
        doteId);
  }

  /** Erasure: how the score was made goes; the dote stays for the budget's accounts. */
  public void forgetContributions(long candidateId) {
    sql.update("UPDATE dul_dote SET contributions = '' WHERE candidate_id = ?", candidateId);
  }

  private static Dote read(ResultSet rs) throws SQLException {
    return new Dote(
        rs.getLong(1),
        rs.getLong(2),
        rs.getLong(3),
        DoteStatus.valueOf(rs.getString(4)),
        rs.getInt(5),
        rs.getInt(6),
        rs.getBigDecimal(7),
        rs.getObject(8, LocalDate.class),
        rs.getObject(9, LocalDate.class),
        rs.getBigDecimal(10),
        rs.getString(11),
        rs.getString(12));
  }
}
