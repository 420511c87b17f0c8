package it.ponte.plugin.dul.application;

import it.ponte.api.core.CandidateFacts;
import it.ponte.api.core.CurrentTenant;
import it.ponte.api.core.TenantSql;
import it.ponte.api.event.PlacementRecorded;
import it.ponte.api.plugin.PluginRefusal;
import it.ponte.plugin.dul.DoteUnicaLavoroPlugin;
import it.ponte.plugin.dul.domain.DulRulebook;
import it.ponte.plugin.dul.domain.DulRules;
import it.ponte.plugin.dul.domain.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Dote Unica Lavoro in the request's tenant, on the plugin's own tables through the tenant
 * transaction's connection. The operators' available budget is derived from the ledger; bookings
 * lock the operator's row so that concurrent plans never overdraw it.
 */
@ApplicationScoped
@Transactional
public class DulService {

  @Inject TenantSql sql;

  @Inject CurrentTenant tenant;

  @Inject CandidateFacts candidates;

  /** A refusal with a status, reasons and a stable type, for the REST layer. */
  public static final class Refused extends PluginRefusal {
    public Refused(int status, String type, String message, List<String> reasons) {
      super(status, "dul-" + type, "Dote Unica Lavoro", message, reasons);
    }
  }

  /** An accredited operator with its budget. */
  public record Operator(long id, String name, BigDecimal ceiling, BigDecimal available) {}

  /** A ledger entry of an operator's budget; BOOKED amounts are negative. */
  public record Entry(long id, String kind, BigDecimal amount, Long doteId, String note) {}

  /** A dote as stored. */
  public record Dote(
      long id,
      long candidateId,
      long operatorId,
      String status,
      int score,
      int fascia,
      BigDecimal maxValue,
      LocalDate startsOn,
      LocalDate endsOn,
      BigDecimal booked,
      String contributions,
      String closeReason) {}

  /**
   * What a placement of a dote holder earns: the operator's result payment and the employer's
   * incentive, each with its amount (null when it does not qualify) and why.
   */
  public record Claim(
      long doteId,
      long placementId,
      String contract,
      BigDecimal amount,
      boolean qualifies,
      String reason,
      BigDecimal employerIncentive,
      String incentiveReason) {}

  /** The rules of the territory's current configuration. */
  private DulRules config() {
    return DulRules.from(tenant.configOf(DoteUnicaLavoroPlugin.ID));
  }

  DulRulebook rules() {
    return new DulRulebook(config());
  }

  private Connection db() {
    return sql.connection();
  }

  /** Today in the territory's time zone. */
  private LocalDate today() {
    return LocalDate.now(tenant.timeZone());
  }

  public Operator createOperator(String name, BigDecimal ceiling) {
    try (PreparedStatement q =
        db().prepareStatement(
                "INSERT INTO dul_operator (name, ceiling) VALUES (?, ?) RETURNING id")) {
      q.setString(1, name);
      q.setBigDecimal(2, ceiling);
      try (ResultSet rs = q.executeQuery()) {
        rs.next();
        return operator(rs.getLong(1)).orElseThrow();
      }
    } catch (SQLException e) {
      if (TenantSql.SqlFailure.isUniqueViolation(e)) {
        throw new Refused(
            409, "operator-exists", "An operator named " + name + " exists.", List.of());
      }
      throw new IllegalStateException(e);
    }
  }

  public List<Operator> operators() {
    return query(
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
    return query(
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
    Operator operator = lockOperator(operatorId);
    if (amount.signum() == 0) {
      throw new Refused(
          422, "redistribution-refused", "A redistribution of zero changes nothing.", List.of());
    }
    if (operator.available().add(amount).signum() < 0) {
      throw new Refused(
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

  /** The inputs the operator records beyond the core's facts. */
  public record Inputs(
      boolean residentInLombardy, boolean serviceAgreementSigned, LocalDate naspiSince) {}

  /**
   * Assigns a dote: checks eligibility (422 with every reason), profiles the person and opens the
   * dote for the fascia's duration. One active dote per person (409 otherwise).
   */
  public Dote assign(long candidateId, long operatorId, Inputs inputs) {
    requireOperator(operatorId);
    CandidateFacts.Candidate c =
        candidates
            .candidate(candidateId)
            .orElseThrow(
                () ->
                    new Refused(
                        404,
                        "not-found",
                        "Candidate " + candidateId + " was not found.",
                        List.of()));
    Person person = person(c, inputs);
    DulRules config = config();
    DulRulebook rules = new DulRulebook(config);
    LocalDate today = today();
    List<String> reasons = rules.ineligibility(person, today);
    if (!reasons.isEmpty()) {
      throw new Refused(422, "not-eligible", "The candidate is not eligible for a dote.", reasons);
    }
    DulRulebook.Profile profile = rules.profile(person, today);
    String contributions =
        profile.contributions().stream()
            .map(x -> x.variable() + "=" + x.value() + ":" + x.points())
            .collect(Collectors.joining(";"));
    try (PreparedStatement q =
        db().prepareStatement(
                "INSERT INTO dul_dote (candidate_id, operator_id, phase, status, score, fascia, max_value,"
                    + " starts_on, ends_on, contributions) VALUES (?, ?, ?, 'ACTIVE', ?, ?, ?, ?, ?, ?) RETURNING id")) {
      q.setLong(1, candidateId);
      q.setLong(2, operatorId);
      q.setString(3, config.phase());
      q.setInt(4, profile.score());
      q.setInt(5, profile.fascia().fascia());
      q.setBigDecimal(6, profile.fascia().maxValue());
      q.setObject(7, today);
      q.setObject(8, today.plusMonths(profile.fascia().months()).minusDays(1));
      q.setString(9, contributions);
      try (ResultSet rs = q.executeQuery()) {
        rs.next();
        return dote(rs.getLong(1));
      }
    } catch (SQLException e) {
      if (TenantSql.SqlFailure.isUniqueViolation(e)) {
        throw new Refused(
            409,
            "dote-active",
            "Candidate " + candidateId + " already has an active dote.",
            List.of());
      }
      throw new IllegalStateException(e);
    }
  }

  /**
   * Why a person could not have a dote today; empty when they could. Asks without refusing, for
   * callers that choose among people (the demo data).
   */
  List<String> ineligibility(long candidateId, Inputs inputs) {
    return candidates
        .candidate(candidateId)
        .map(c -> rules().ineligibility(person(c, inputs), today()))
        .orElse(List.of("no such candidate"));
  }

  private static Person person(CandidateFacts.Candidate c, Inputs inputs) {
    return new Person(
        c.birthDate(),
        c.gender(),
        c.education(),
        c.employmentStatus(),
        c.didDate(),
        inputs.residentInLombardy(),
        inputs.serviceAgreementSigned(),
        inputs.naspiSince());
  }

  /**
   * Sets the dote's PIP: its total must fit the fascia's maximum and the operator's available
   * budget (with the configured overbooking). Replacing a plan releases the previous booking.
   */
  public Dote plan(long doteId, List<DulRulebook.PlanLine> lines, String actor) {
    Dote dote = dote(doteId);
    if (!dote.status().equals("ACTIVE")) {
      throw new Refused(
          409, "dote-closed", "Dote " + doteId + " is " + dote.status() + ".", List.of());
    }
    Operator operator = lockOperator(dote.operatorId());
    BigDecimal available = operator.available().add(dote.booked());
    DulRules config = config();
    // The dote keeps the maximum of its fascia at assignment, whatever the configuration says now.
    DulRules.Fascia fascia = new DulRules.Fascia(dote.fascia(), "", 0, dote.maxValue(), 0);
    DulRulebook.PlanCheck check =
        new DulRulebook(config).checkPlan(lines, fascia, available, operator.ceiling());
    if (!check.problems().isEmpty()) {
      throw new Refused(422, "plan-refused", "The plan cannot be accepted.", check.problems());
    }
    update("DELETE FROM dul_pip_line WHERE dote_id = ?", doteId);
    for (DulRulebook.PlanLine line : lines) {
      BigDecimal cost =
          config.service(line.serviceCode()).orElseThrow().unitCost().multiply(line.quantity());
      update(
          "INSERT INTO dul_pip_line (dote_id, service_code, quantity, amount) VALUES (?, ?, ?, ?)",
          doteId,
          line.serviceCode(),
          line.quantity(),
          cost);
    }
    if (dote.booked().signum() > 0) {
      entry(dote.operatorId(), "RELEASED", dote.booked(), doteId, "plan replaced", actor);
    }
    entry(dote.operatorId(), "BOOKED", check.total().negate(), doteId, "plan", actor);
    update("UPDATE dul_dote SET booked = ? WHERE id = ?", check.total(), doteId);
    return dote(doteId);
  }

  /** The person renounces: the dote closes and its booking returns to the operator. */
  public Dote renounce(long doteId, String actor) {
    Dote dote = dote(doteId);
    if (!dote.status().equals("ACTIVE")) {
      throw new Refused(
          409, "dote-closed", "Dote " + doteId + " is " + dote.status() + ".", List.of());
    }
    lockOperator(dote.operatorId());
    if (dote.booked().signum() > 0) {
      entry(dote.operatorId(), "RELEASED", dote.booked(), doteId, "renounced", actor);
    }
    update(
        "UPDATE dul_dote SET status = 'RENOUNCED', closed_on = ?, close_reason = 'renounced' WHERE id = ?",
        today(),
        doteId);
    return dote(doteId);
  }

  /**
   * A placement of a candidate: with an active dote, computes the result claim once per placement
   * (a second delivery of the same event changes nothing); a qualifying one closes the dote as
   * placed and returns its booking to the operator as replacement budget.
   */
  public Optional<Claim> placed(PlacementRecorded placement) {
    long placementId = placement.placementId();
    long candidateId = placement.candidateId();
    long companyId = placement.companyId();
    String contract = placement.contract();
    LocalDate start = placement.startDate();
    LocalDate end = placement.endDate();
    Double hoursPerWeek =
        placement.hoursPerWeek() == null ? null : placement.hoursPerWeek().doubleValue();
    List<Dote> active =
        doti(candidateId).stream().filter(d -> d.status().equals("ACTIVE")).toList();
    if (active.isEmpty()) {
      return Optional.empty();
    }
    Dote dote = active.get(0);
    DulRulebook rules = rules();
    DulRulebook.Claim claim = rules.resultPayment(dote.fascia(), contract, start, end);
    DulRulebook.Claim incentive =
        candidates
            .candidate(candidateId)
            .map(
                c ->
                    rules.employerIncentive(
                        new Person(
                            c.birthDate(),
                            c.gender(),
                            c.education(),
                            c.employmentStatus(),
                            c.didDate(),
                            true,
                            true,
                            null),
                        start,
                        contract,
                        end,
                        hoursPerWeek,
                        candidates
                            .company(companyId)
                            .map(CandidateFacts.Company::size)
                            .orElse(null)))
            .orElse(new DulRulebook.Claim(Optional.empty(), "the candidate's record was erased"));
    int inserted =
        update(
            "INSERT INTO dul_claim (dote_id, placement_id, contract, amount, qualifies, reason,"
                + " employer_incentive, incentive_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (placement_id) DO NOTHING",
            dote.id(),
            placementId,
            contract,
            claim.amount().orElse(null),
            claim.amount().isPresent(),
            claim.reason(),
            incentive.amount().orElse(null),
            incentive.reason());
    if (inserted == 1 && claim.amount().isPresent()) {
      lockOperator(dote.operatorId());
      update(
          "UPDATE dul_dote SET status = 'PLACED', closed_on = ?, close_reason = 'placed' WHERE id = ?",
          start,
          dote.id());
      if (dote.booked().signum() > 0) {
        entry(
            dote.operatorId(),
            "REPLACEMENT",
            dote.booked(),
            dote.id(),
            "placement " + placementId,
            "dote-unica-lavoro");
      }
    }
    return claims(dote.id()).stream().filter(c -> c.placementId() == placementId).findFirst();
  }

  /**
   * Closes the active doti whose end passed (today in the territory's time zone); their bookings
   * return to the operators. Safe to run again: a closed dote is not touched.
   *
   * @return how many doti were closed
   */
  public int expireDue(String actor) {
    LocalDate today = today();
    List<Dote> due =
        query(
            DOTE + " WHERE status = 'ACTIVE' AND ends_on < ? ORDER BY id",
            List.of(today),
            DulService::readDote);
    for (Dote dote : due) {
      lockOperator(dote.operatorId());
      if (dote.booked().signum() > 0) {
        entry(dote.operatorId(), "RELEASED", dote.booked(), dote.id(), "expired", actor);
      }
      update(
          "UPDATE dul_dote SET status = 'EXPIRED', closed_on = ?, close_reason = 'expired'"
              + " WHERE id = ? AND status = 'ACTIVE'",
          today,
          dote.id());
    }
    return due.size();
  }

  public Dote dote(long id) {
    return query(DOTE + " WHERE id = ?", List.of(id), DulService::readDote).stream()
        .findFirst()
        .orElseThrow(
            () -> new Refused(404, "not-found", "Dote " + id + " was not found.", List.of()));
  }

  /** Doti of one candidate, or of everyone when null. */
  public List<Dote> doti(Long candidateId) {
    return candidateId == null
        ? query(DOTE + " ORDER BY id", List.of(), DulService::readDote)
        : query(
            DOTE + " WHERE candidate_id = ? ORDER BY id",
            List.of(candidateId),
            DulService::readDote);
  }

  public List<Claim> claims(long doteId) {
    return query(
        "SELECT dote_id, placement_id, contract, amount, qualifies, reason, employer_incentive,"
            + " incentive_reason FROM dul_claim WHERE dote_id = ? ORDER BY id",
        List.of(doteId),
        rs ->
            new Claim(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getBigDecimal(4),
                rs.getBoolean(5),
                rs.getString(6),
                rs.getBigDecimal(7),
                rs.getString(8)));
  }

  public List<Map<String, Object>> pip(long doteId) {
    return query(
        "SELECT service_code, quantity, amount FROM dul_pip_line WHERE dote_id = ? ORDER BY id",
        List.of(doteId),
        rs -> {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("serviceCode", rs.getString(1));
          m.put("quantity", rs.getBigDecimal(2));
          m.put("amount", rs.getBigDecimal(3));
          return m;
        });
  }

  /**
   * Records a service delivered under the dote's plan: the service must be in the plan and the
   * quantities delivered may not exceed the planned ones; not in the future, not before the dote.
   */
  public Map<String, Object> deliver(
      long doteId, String serviceCode, BigDecimal quantity, LocalDate on, String staff) {
    Dote dote = dote(doteId);
    if (!dote.status().equals("ACTIVE")) {
      throw new Refused(
          409, "dote-closed", "Dote " + doteId + " is " + dote.status() + ".", List.of());
    }
    List<String> problems = new ArrayList<>();
    if (on.isAfter(today()) || on.isBefore(dote.startsOn())) {
      problems.add("the delivery date must be between the dote's start and today");
    }
    BigDecimal planned =
        query(
                "SELECT coalesce(sum(quantity), 0) FROM dul_pip_line WHERE dote_id = ? AND service_code = ?",
                List.of(doteId, serviceCode),
                rs -> rs.getBigDecimal(1))
            .get(0);
    BigDecimal delivered =
        query(
                "SELECT coalesce(sum(quantity), 0) FROM dul_delivery WHERE dote_id = ? AND service_code = ?",
                List.of(doteId, serviceCode),
                rs -> rs.getBigDecimal(1))
            .get(0);
    if (planned.signum() == 0) {
      problems.add("service " + serviceCode + " is not in the dote's plan");
    } else if (delivered.add(quantity).compareTo(planned) > 0) {
      problems.add(
          "only "
              + planned.subtract(delivered)
              + " of "
              + planned
              + " planned remain for "
              + serviceCode);
    }
    if (!problems.isEmpty()) {
      throw new Refused(422, "delivery-refused", "The delivery cannot be recorded.", problems);
    }
    update(
        "INSERT INTO dul_delivery (dote_id, service_code, quantity, delivered_on, staff) VALUES (?, ?, ?, ?, ?)",
        doteId,
        serviceCode,
        quantity,
        on,
        staff);
    List<Map<String, Object>> all = deliveries(doteId);
    return all.get(all.size() - 1);
  }

  public List<Map<String, Object>> deliveries(long doteId) {
    return query(
        "SELECT service_code, quantity, delivered_on, staff FROM dul_delivery WHERE dote_id = ? ORDER BY id",
        List.of(doteId),
        rs -> {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("serviceCode", rs.getString(1));
          m.put("quantity", rs.getBigDecimal(2));
          m.put("deliveredOn", rs.getObject(3, LocalDate.class).toString());
          m.put("staff", rs.getString(4));
          return m;
        });
  }

  /** Doti by fascia and status now (all time). */
  public Map<String, Long> counts() {
    return counts(null, null);
  }

  /**
   * Doti by fascia and status as at the period's end (doti opened by then; a dote closed later was
   * still active then); all doti as they are now when the period is null.
   */
  public Map<String, Long> counts(LocalDate from, LocalDate to) {
    LocalDate end = to == null ? LocalDate.of(9999, 12, 31) : to;
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Object[] row :
        query(
            "SELECT fascia, CASE WHEN closed_on IS NOT NULL AND closed_on > ? THEN 'ACTIVE'"
                + " ELSE status END, count(*) FROM dul_dote WHERE starts_on <= ?"
                + " GROUP BY 1, 2 ORDER BY 1, 2",
            List.of(end, end),
            rs -> new Object[] {rs.getInt(1), rs.getString(2), rs.getLong(3)})) {
      counts.put("fascia " + row[0] + " " + row[1], (Long) row[2]);
    }
    return counts;
  }

  /** The report figures over all time. */
  public Map<String, Number> figures() {
    return figures(null, null);
  }

  /**
   * Report figures for a period (all time when null): flows by the date of their event - doti
   * opened, the placement rate of doti closed in it (percent placed), result claims and employer
   * incentives of placements starting in it, in total and by contract - and stocks at its end: each
   * operator's budget (ceiling plus redistributions and replacement budget), what is committed to
   * plans, the share committed.
   */
  public Map<String, Number> figures(LocalDate from, LocalDate to) {
    LocalDate first = from == null ? LocalDate.of(1, 1, 1) : from;
    LocalDate last = to == null ? LocalDate.of(9999, 12, 31) : to;
    java.time.OffsetDateTime end =
        to == null
            ? java.time.OffsetDateTime.parse("9999-12-31T00:00:00Z")
            : to.plusDays(1).atStartOfDay(tenant.timeZone()).toOffsetDateTime();
    Map<String, Number> figures = new LinkedHashMap<>();
    figures.put(
        "doti opened",
        query(
                "SELECT count(*) FROM dul_dote WHERE starts_on BETWEEN ? AND ?",
                List.of(first, last),
                rs -> rs.getLong(1))
            .get(0));
    for (Object[] row :
        query(
            "SELECT fascia, count(*) FILTER (WHERE status = 'PLACED'), count(*) FROM dul_dote"
                + " WHERE status <> 'ACTIVE' AND closed_on BETWEEN ? AND ?"
                + " GROUP BY fascia ORDER BY fascia",
            List.of(first, last),
            rs -> new Object[] {rs.getInt(1), rs.getLong(2), rs.getLong(3)})) {
      long placed = (Long) row[1];
      long closed = (Long) row[2];
      figures.put("placement rate % fascia " + row[0], percent(placed, closed));
    }
    String claims =
        " FROM dul_claim c JOIN placement p ON p.id = c.placement_id"
            + " WHERE p.start_date BETWEEN ? AND ?";
    figures.put(
        "result claims EUR",
        query(
                "SELECT coalesce(sum(c.amount) FILTER (WHERE c.qualifies), 0)" + claims,
                List.of(first, last),
                rs -> rs.getBigDecimal(1))
            .get(0));
    for (Object[] row :
        query(
            "SELECT c.contract, count(*), sum(c.amount)"
                + claims
                + " AND c.qualifies GROUP BY c.contract ORDER BY c.contract",
            List.of(first, last),
            rs -> new Object[] {rs.getString(1), rs.getLong(2), rs.getBigDecimal(3)})) {
      figures.put("result claims " + row[0], (Long) row[1]);
      figures.put("result claims EUR " + row[0], (BigDecimal) row[2]);
    }
    figures.put(
        "employer incentives EUR",
        query(
                "SELECT coalesce(sum(c.employer_incentive), 0)" + claims,
                List.of(first, last),
                rs -> rs.getBigDecimal(1))
            .get(0));
    for (Object[] row :
        query(
            "SELECT o.name,"
                + " o.ceiling + coalesce(sum(e.amount) FILTER (WHERE e.kind IN ('REDISTRIBUTION', 'REPLACEMENT')), 0),"
                + " -coalesce(sum(e.amount) FILTER (WHERE e.kind IN ('BOOKED', 'RELEASED')), 0)"
                + " FROM dul_operator o LEFT JOIN dul_budget_entry e ON e.operator_id = o.id AND e.at < ?"
                + " WHERE o.created_at < ? GROUP BY o.id, o.name ORDER BY o.name",
            List.of(end, end),
            rs -> new Object[] {rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3)})) {
      BigDecimal budget = (BigDecimal) row[1];
      BigDecimal committed = (BigDecimal) row[2];
      figures.put("operator budget EUR " + row[0], budget);
      figures.put("operator committed EUR " + row[0], committed);
      figures.put(
          "operator committed % " + row[0],
          budget.signum() == 0
              ? 0
              : committed
                  .multiply(BigDecimal.valueOf(100))
                  .divide(budget, 1, java.math.RoundingMode.HALF_UP));
    }
    return figures;
  }

  private static double percent(long part, long whole) {
    return whole == 0 ? 0 : Math.round(part * 1000.0 / whole) / 10.0;
  }

  /** Removes a person's doti and everything hanging from them (GDPR erasure). */
  public void erase(long candidateId) {
    // Doti, plans, deliveries and claims are payment records the region audits and the reports
    // count: they stay, tied to the core's anonymised record. What described the person goes: the
    // profiling score's breakdown (age, education, time out of work...).
    update("UPDATE dul_dote SET contributions = '' WHERE candidate_id = ?", candidateId);
  }

  private static final String DOTE =
      "SELECT id, candidate_id, operator_id, status, score, fascia, max_value, starts_on, ends_on,"
          + " booked, contributions, close_reason FROM dul_dote";

  private static Dote readDote(ResultSet rs) throws SQLException {
    return new Dote(
        rs.getLong(1),
        rs.getLong(2),
        rs.getLong(3),
        rs.getString(4),
        rs.getInt(5),
        rs.getInt(6),
        rs.getBigDecimal(7),
        rs.getObject(8, LocalDate.class),
        rs.getObject(9, LocalDate.class),
        rs.getBigDecimal(10),
        rs.getString(11),
        rs.getString(12));
  }

  private void requireOperator(long id) {
    if (operator(id).isEmpty()) {
      throw new Refused(404, "not-found", "Operator " + id + " was not found.", List.of());
    }
  }

  /** Locks the operator's row for the transaction: bookings of one operator go one at a time. */
  private Operator lockOperator(long id) {
    List<Long> locked =
        query(
            "SELECT id FROM dul_operator WHERE id = ? FOR UPDATE",
            List.of(id),
            rs -> rs.getLong(1));
    if (locked.isEmpty()) {
      throw new Refused(404, "not-found", "Operator " + id + " was not found.", List.of());
    }
    return operator(id).orElseThrow();
  }

  private void entry(
      long operatorId, String kind, BigDecimal amount, Long doteId, String note, String actor) {
    update(
        "INSERT INTO dul_budget_entry (operator_id, kind, amount, dote_id, note, actor) VALUES (?, ?, ?, ?, ?, ?)",
        operatorId,
        kind,
        amount,
        doteId,
        note,
        actor);
  }

  int update(String statement, Object... parameters) {
    return sql.update(statement, parameters);
  }

  private <T> List<T> query(String statement, List<Object> parameters, TenantSql.Row<T> row) {
    return sql.query(statement, row, parameters.toArray());
  }
}
