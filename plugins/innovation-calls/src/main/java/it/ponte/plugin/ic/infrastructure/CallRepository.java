package it.ponte.plugin.ic.infrastructure;

import it.ponte.api.core.TenantSql;
import it.ponte.plugin.ic.domain.Call;
import it.ponte.plugin.ic.domain.NewCall;
import it.ponte.plugin.ic.domain.Scoring;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Funding calls ({@code ic_call}) with their criteria, committee and budget position. */
@ApplicationScoped
public class CallRepository {

  @Inject TenantSql sql;

  /** Stores a call with every field set (see {@link NewCall#withDefaults}) and its criteria. */
  public long insert(NewCall c) {
    long id =
        sql.query(
                "INSERT INTO ic_call (title, budget, opens_at, closes_at, applicant_types,"
                    + " seat_required, investment_cap, consultancy_cap, welfare_cap, pass_mark,"
                    + " accompaniment_months, priorities)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                rs -> rs.getLong(1),
                c.title(),
                c.budget(),
                c.opensAt(),
                c.closesAt(),
                String.join(",", c.applicantTypes()),
                c.seatInTerritoryRequired(),
                c.investmentCap(),
                c.consultancyCap(),
                c.welfareCap(),
                c.passMark(),
                c.accompanimentMonths(),
                String.join("\n", c.priorities()))
            .get(0);
    for (Scoring.Criterion k : c.criteria()) {
      sql.update(
          "INSERT INTO ic_criterion (call_id, code, name, weight, max_score) VALUES (?, ?, ?, ?, ?)",
          id,
          k.code(),
          k.name(),
          k.weight(),
          k.maxScore());
    }
    return id;
  }

  /** The ids of the calls, the latest opening first. */
  public List<Long> ids() {
    return sql.query("SELECT id FROM ic_call ORDER BY opens_at DESC, id", rs -> rs.getLong(1));
  }

  /**
   * A call with its criteria, committee and budget position.
   *
   * @param zone the territory's time zone, in which the call's local times are meant
   */
  public Optional<Call> find(long id, ZoneId zone) {
    return sql.queryOne(
        "SELECT id, title, budget, opens_at, closes_at, applicant_types, seat_required,"
            + " investment_cap, consultancy_cap, welfare_cap, pass_mark, accompaniment_months,"
            + " priorities,"
            + " (SELECT coalesce(sum(approved), 0) FROM ic_application WHERE call_id = c.id),"
            + " (SELECT coalesce(sum(d.amount), 0) FROM ic_disbursement d"
            + "   JOIN ic_application a ON a.id = d.application_id WHERE a.call_id = c.id)"
            + " FROM ic_call c WHERE id = ?",
        rs -> {
          BigDecimal budget = rs.getBigDecimal(3);
          BigDecimal approved = rs.getBigDecimal(14);
          String priorities = rs.getString(13);
          return new Call(
              rs.getLong(1),
              rs.getString(2),
              budget,
              rs.getObject(4, LocalDateTime.class),
              rs.getObject(5, LocalDateTime.class),
              zone.getId(),
              Arrays.asList(rs.getString(6).split(",")),
              rs.getBoolean(7),
              rs.getBigDecimal(8),
              rs.getBigDecimal(9),
              rs.getBigDecimal(10),
              rs.getBigDecimal(11),
              rs.getInt(12),
              priorities == null || priorities.isEmpty()
                  ? List.of()
                  : Arrays.asList(priorities.split("\n")),
              criteria(id),
              members(id),
              approved,
              budget.subtract(approved),
              rs.getBigDecimal(15));
        },
        id);
  }

  /** Locks the call's row until the transaction ends: fundings of one call go one at a time. */
  public void lock(long id) {
    sql.queryOne("SELECT id FROM ic_call WHERE id = ? FOR UPDATE", rs -> rs.getLong(1), id);
  }

  public List<Scoring.Criterion> criteria(long callId) {
    return sql.query(
        "SELECT code, name, weight, max_score FROM ic_criterion WHERE call_id = ? ORDER BY code",
        rs ->
            new Scoring.Criterion(
                rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getInt(4)),
        callId);
  }

  /** The usernames of the call's evaluation committee. */
  public List<String> members(long callId) {
    return sql.query(
        "SELECT username FROM ic_member WHERE call_id = ? ORDER BY username",
        rs -> rs.getString(1),
        callId);
  }

  /** Adds a member to the call's committee; nothing when they sit on it already. */
  public void addMember(long callId, String username) {
    sql.update(
        "INSERT INTO ic_member (call_id, username) VALUES (?, ?) ON CONFLICT DO NOTHING",
        callId,
        username);
  }

  public boolean isMember(long callId, String username) {
    return sql.queryOne(
            "SELECT 1 FROM ic_member WHERE call_id = ? AND username = ?",
            rs -> rs.getInt(1),
            callId,
            username)
        .isPresent();
  }
}
