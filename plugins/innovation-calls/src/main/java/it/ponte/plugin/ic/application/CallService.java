package it.ponte.plugin.ic.application;

import it.ponte.api.core.TenantSql;
import it.ponte.plugin.ic.domain.CallRules;
import it.ponte.plugin.ic.domain.CallWindow;
import it.ponte.plugin.ic.domain.IcSettings;
import it.ponte.plugin.ic.domain.Scoring;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/** Funding calls in the request's tenant: their rules, criteria, committee and budget position. */
@ApplicationScoped
@Transactional
public class CallService {

  @Inject TenantSql sql;

  @Inject IcTerritory territory;

  /** A call as configured, with its budget position. */
  public record Call(
      long id,
      String title,
      BigDecimal budget,
      LocalDateTime opensAt,
      LocalDateTime closesAt,
      String timeZone,
      List<String> applicantTypes,
      boolean seatInTerritoryRequired,
      BigDecimal investmentCap,
      BigDecimal consultancyCap,
      BigDecimal welfareCap,
      BigDecimal passMark,
      int accompanimentMonths,
      List<String> priorities,
      List<Scoring.Criterion> criteria,
      List<String> committee,
      BigDecimal approved,
      BigDecimal budgetLeft,
      BigDecimal disbursed) {}

  /** What a new call sets; null fields take the territory's configured defaults. */
  public record NewCall(
      String title,
      BigDecimal budget,
      LocalDateTime opensAt,
      LocalDateTime closesAt,
      List<String> applicantTypes,
      Boolean seatInTerritoryRequired,
      BigDecimal investmentCap,
      BigDecimal consultancyCap,
      BigDecimal welfareCap,
      BigDecimal passMark,
      Integer accompanimentMonths,
      List<String> priorities,
      List<Scoring.Criterion> criteria) {}

  public Call createCall(NewCall c) {
    IcSettings d = territory.settings();
    List<Scoring.Criterion> criteria = or(c.criteria(), d.criteria());
    if (criteria.isEmpty()) {
      throw new IcRefusal(422, "call-refused", "A call needs at least one criterion.", List.of());
    }
    try {
      new CallWindow(c.opensAt(), c.closesAt(), territory.zone());
    } catch (IllegalArgumentException e) {
      throw new IcRefusal(422, "call-refused", e.getMessage(), List.of());
    }
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
                String.join(",", or(c.applicantTypes(), d.applicantTypes())),
                or(c.seatInTerritoryRequired(), d.seatInTerritoryRequired()),
                or(c.investmentCap(), d.investmentCap()),
                or(c.consultancyCap(), d.consultancyCap()),
                or(c.welfareCap(), d.welfareCap()),
                or(c.passMark(), d.passMark()),
                or(c.accompanimentMonths(), d.accompanimentMonths()),
                String.join("\n", or(c.priorities(), d.priorities())))
            .get(0);
    for (Scoring.Criterion k : criteria) {
      sql.update(
          "INSERT INTO ic_criterion (call_id, code, name, weight, max_score) VALUES (?, ?, ?, ?, ?)",
          id,
          k.code(),
          k.name(),
          k.weight(),
          k.maxScore());
    }
    return call(id);
  }

  public List<Call> calls() {
    return sql
        .query("SELECT id FROM ic_call ORDER BY opens_at DESC, id", rs -> rs.getLong(1))
        .stream()
        .map(this::call)
        .toList();
  }

  public Call call(long id) {
    Call base =
        sql.queryOne(
                "SELECT id, title, budget, opens_at, closes_at, applicant_types, seat_required,"
                    + " investment_cap, consultancy_cap, welfare_cap, pass_mark,"
                    + " accompaniment_months, priorities FROM ic_call WHERE id = ?",
                rs ->
                    new Call(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getBigDecimal(3),
                        rs.getObject(4, LocalDateTime.class),
                        rs.getObject(5, LocalDateTime.class),
                        territory.zone().getId(),
                        Arrays.asList(rs.getString(6).split(",")),
                        rs.getBoolean(7),
                        rs.getBigDecimal(8),
                        rs.getBigDecimal(9),
                        rs.getBigDecimal(10),
                        rs.getBigDecimal(11),
                        rs.getInt(12),
                        rs.getString(13) == null || rs.getString(13).isEmpty()
                            ? List.of()
                            : Arrays.asList(rs.getString(13).split("\n")),
                        null,
                        null,
                        null,
                        null,
                        null),
                id)
            .orElseThrow(() -> IcRefusal.notFound("Call", id));
    BigDecimal approved =
        sql.query(
                "SELECT coalesce(sum(approved), 0) FROM ic_application WHERE call_id = ?",
                rs -> rs.getBigDecimal(1),
                id)
            .get(0);
    BigDecimal disbursed =
        sql.query(
                "SELECT coalesce(sum(d.amount), 0) FROM ic_disbursement d"
                    + " JOIN ic_application a ON a.id = d.application_id WHERE a.call_id = ?",
                rs -> rs.getBigDecimal(1),
                id)
            .get(0);
    return new Call(
        base.id(),
        base.title(),
        base.budget(),
        base.opensAt(),
        base.closesAt(),
        base.timeZone(),
        base.applicantTypes(),
        base.seatInTerritoryRequired(),
        base.investmentCap(),
        base.consultancyCap(),
        base.welfareCap(),
        base.passMark(),
        base.accompanimentMonths(),
        base.priorities(),
        criteria(id),
        sql.query(
            "SELECT username FROM ic_member WHERE call_id = ? ORDER BY username",
            rs -> rs.getString(1),
            id),
        approved,
        base.budget().subtract(approved),
        disbursed);
  }

  /** Adds a platform user to the call's evaluation committee. */
  public Call addMember(long callId, String username) {
    call(callId);
    sql.update(
        "INSERT INTO ic_member (call_id, username) VALUES (?, ?) ON CONFLICT DO NOTHING",
        callId,
        username);
    return call(callId);
  }

  List<Scoring.Criterion> criteria(long callId) {
    return sql.query(
        "SELECT code, name, weight, max_score FROM ic_criterion WHERE call_id = ? ORDER BY code",
        rs ->
            new Scoring.Criterion(
                rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getInt(4)),
        callId);
  }

  CallRules rules(Call c) {
    return new CallRules(
        new LinkedHashSet<>(c.applicantTypes()),
        c.seatInTerritoryRequired(),
        c.investmentCap(),
        c.consultancyCap(),
        c.welfareCap(),
        c.passMark(),
        c.accompanimentMonths());
  }

  private static <T> T or(T value, T fallback) {
    return value != null ? value : fallback;
  }
}
