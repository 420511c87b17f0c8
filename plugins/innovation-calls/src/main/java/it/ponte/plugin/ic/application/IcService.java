package it.ponte.plugin.ic.application;

import it.ponte.api.core.CandidateFacts;
import it.ponte.api.core.CurrentTenant;
import it.ponte.api.core.CurrentUser;
import it.ponte.api.core.ItalianIds;
import it.ponte.api.core.TenantSql;
import it.ponte.api.event.PlacementRecorded;
import it.ponte.api.plugin.PluginRefusal;
import it.ponte.api.plugin.ReportContributor;
import it.ponte.plugin.ic.InnovationCallsPlugin;
import it.ponte.plugin.ic.domain.CallRules;
import it.ponte.plugin.ic.domain.CallWindow;
import it.ponte.plugin.ic.domain.Scoring;
import it.ponte.plugin.ic.domain.Status;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Social-innovation calls in the request's tenant. Funding approvals of one call lock the call's
 * row, so concurrent approvals never exceed its budget; an application's changes lock its row.
 * Every change of state is recorded with who and when.
 */
@ApplicationScoped
@Transactional
public class IcService {

  @Inject TenantSql sql;

  @Inject CurrentTenant tenant;

  @Inject CurrentUser user;

  @Inject CandidateFacts facts;

  /** A refusal with a status, a stable type and every reason, for the REST layer. */
  public static final class Refused extends PluginRefusal {
    public Refused(int status, String type, String message, List<String> reasons) {
      super(status, "ic-" + type, "Social-innovation calls", message, reasons);
    }
  }

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

  /** What an applicant submits. */
  public record Submission(
      String organisation,
      String taxCode,
      String applicantType,
      boolean seatInTerritory,
      String summary,
      BigDecimal investment,
      BigDecimal consultancy,
      boolean welfare,
      int expectedJobs,
      String partners) {}

  /** An application and where it stands. */
  public record Application(
      long id,
      long callId,
      String organisation,
      String taxCode,
      String applicantType,
      boolean seatInTerritory,
      String summary,
      BigDecimal investment,
      BigDecimal consultancy,
      boolean welfare,
      int expectedJobs,
      String partners,
      String status,
      OffsetDateTime submittedAt,
      LocalDate accompanimentFrom,
      BigDecimal score,
      String minutes,
      BigDecimal approved,
      BigDecimal disbursed,
      int stagesActivated,
      long jobsCreated,
      String referral) {}

  /** One recorded change of state. */
  public record Transition(String from, String to, String actor, OffsetDateTime at, String note) {}

  /** A workshop of the accompaniment. */
  public record Workshop(long id, LocalDate heldOn, String topic, boolean attended) {}

  ZoneId zone() {
    return tenant.timeZone();
  }

  private LocalDate today() {
    return LocalDate.now(zone());
  }

  // ---------------------------------------------------------------- calls

  @SuppressWarnings("unchecked")
  public Call createCall(NewCall c) {
    Map<String, Object> d = tenant.configOf(InnovationCallsPlugin.ID);
    List<Scoring.Criterion> criteria = c.criteria() != null ? c.criteria() : defaultCriteria(d);
    if (criteria.isEmpty()) {
      throw new Refused(422, "call-refused", "A call needs at least one criterion.", List.of());
    }
    try {
      new CallWindow(c.opensAt(), c.closesAt(), zone());
    } catch (IllegalArgumentException e) {
      throw new Refused(422, "call-refused", e.getMessage(), List.of());
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
                String.join(",", or(c.applicantTypes(), (List<String>) d.get("applicantTypes"))),
                or(c.seatInTerritoryRequired(), (Boolean) d.get("seatInTerritoryRequired")),
                or(c.investmentCap(), decimal(d.get("investmentCap"))),
                or(c.consultancyCap(), decimal(d.get("consultancyCap"))),
                or(c.welfareCap(), decimal(d.get("welfareCap"))),
                or(c.passMark(), decimal(d.get("passMark"))),
                or(c.accompanimentMonths(), ((Number) d.get("accompanimentMonths")).intValue()),
                String.join("\n", or(c.priorities(), (List<String>) d.get("priorities"))))
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
                        zone().getId(),
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
            .orElseThrow(() -> notFound("Call", id));
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

  private List<Scoring.Criterion> criteria(long callId) {
    return sql.query(
        "SELECT code, name, weight, max_score FROM ic_criterion WHERE call_id = ? ORDER BY code",
        rs ->
            new Scoring.Criterion(
                rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getInt(4)),
        callId);
  }

  private CallRules rules(Call c) {
    return new CallRules(
        new LinkedHashSet<>(c.applicantTypes()),
        c.seatInTerritoryRequired(),
        c.investmentCap(),
        c.consultancyCap(),
        c.welfareCap(),
        c.passMark(),
        c.accompanimentMonths());
  }

  // ---------------------------------------------------------------- applications

  /** Submits an application; refused once the call closed (its local time in the territory). */
  public Application submit(long callId, Submission s) {
    Call call = call(callId);
    Optional<String> closed =
        new CallWindow(call.opensAt(), call.closesAt(), zone()).refusal(Instant.now());
    if (closed.isPresent()) {
      throw new Refused(422, "call-closed", "Submission refused: " + closed.get() + ".", List.of());
    }
    if (!ItalianIds.isVatNumber(s.taxCode())) {
      throw new Refused(
          422,
          "submission-refused",
          "taxCode "
              + s.taxCode()
              + " is not a valid codice fiscale / partita IVA of an organisation.",
          List.of());
    }
    long id;
    try {
      id =
          sql.query(
                  "INSERT INTO ic_application (call_id, organisation, tax_code, applicant_type,"
                      + " seat_in_territory, summary, investment, consultancy, welfare,"
                      + " expected_jobs, partners, status, submitted_at)"
                      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'SUBMITTED', now()) RETURNING id",
                  rs -> rs.getLong(1),
                  callId,
                  s.organisation(),
                  s.taxCode(),
                  s.applicantType(),
                  s.seatInTerritory(),
                  s.summary(),
                  s.investment(),
                  s.consultancy(),
                  s.welfare(),
                  s.expectedJobs(),
                  s.partners())
              .get(0);
    } catch (TenantSql.SqlFailure e) {
      if (e.isUniqueViolation()) {
        throw new Refused(
            409,
            "already-applied",
            s.organisation() + " has already applied to this call.",
            List.of());
      }
      throw e;
    }
    record(id, null, Status.SUBMITTED, null);
    return application(id);
  }

  public List<Application> applications(long callId) {
    call(callId);
    // One query for the whole list, not one per application.
    return sql.query(
        APPLICATION + " WHERE a.call_id = ? ORDER BY a.submitted_at, a.id",
        IcService::readApplication,
        callId);
  }

  public Application application(long id) {
    return sql.queryOne(APPLICATION + " WHERE a.id = ?", IcService::readApplication, id)
        .orElseThrow(() -> notFound("Application", id));
  }

  public List<Transition> history(long id) {
    application(id);
    return sql.query(
        "SELECT from_status, to_status, actor, at, note FROM ic_transition"
            + " WHERE application_id = ? ORDER BY id",
        rs ->
            new Transition(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getObject(4, OffsetDateTime.class),
                rs.getString(5)),
        id);
  }

  /** The eligibility check: ACCOMPANIMENT when eligible, INELIGIBLE with every reason otherwise. */
  public Application checkEligibility(long id) {
    Application a = lock(id);
    requireStatus(a, Status.SUBMITTED);
    List<String> reasons =
        rules(call(a.callId()))
            .ineligibility(
                a.applicantType(),
                a.seatInTerritory(),
                a.investment(),
                a.consultancy(),
                a.welfare());
    if (reasons.isEmpty()) {
      sql.update("UPDATE ic_application SET accompaniment_from = ? WHERE id = ?", today(), id);
      move(a, Status.ACCOMPANIMENT, "eligible");
    } else {
      move(a, Status.INELIGIBLE, String.join("; ", reasons));
    }
    return application(id);
  }

  /**
   * Moves an application along its lifecycle: to PITCH, EVALUATION, WITHDRAWN or CONCLUDED.
   * Decisions and funding have their own operations.
   */
  public Application advance(long id, Status target, String note) {
    if (!Set.of(Status.PITCH, Status.EVALUATION, Status.WITHDRAWN, Status.CONCLUDED)
        .contains(target)) {
      throw new Refused(
          422,
          "wrong-operation",
          target + " is reached through the eligibility check, a committee decision or funding.",
          List.of());
    }
    Application a = lock(id);
    move(a, target, note);
    return application(id);
  }

  /** Records a workshop of the accompaniment, within the accompaniment's length. */
  public Workshop workshop(long id, LocalDate heldOn, String topic, boolean attended) {
    Application a = lock(id);
    requireStatus(a, Status.ACCOMPANIMENT);
    Call call = call(a.callId());
    LocalDate end = a.accompanimentFrom().plusMonths(call.accompanimentMonths());
    if (heldOn.isBefore(a.accompanimentFrom()) || heldOn.isAfter(end)) {
      throw new Refused(
          422,
          "workshop-refused",
          "The accompaniment runs from "
              + a.accompanimentFrom()
              + " to "
              + end
              + " ("
              + call.accompanimentMonths()
              + " months); a workshop on "
              + heldOn
              + " is outside it.",
          List.of());
    }
    long wid =
        sql.query(
                "INSERT INTO ic_workshop (application_id, held_on, topic, attended)"
                    + " VALUES (?, ?, ?, ?) RETURNING id",
                rs -> rs.getLong(1),
                id,
                heldOn,
                topic,
                attended)
            .get(0);
    return new Workshop(wid, heldOn, topic, attended);
  }

  public List<Workshop> workshops(long id) {
    application(id);
    return sql.query(
        "SELECT id, held_on, topic, attended FROM ic_workshop WHERE application_id = ?"
            + " ORDER BY held_on, id",
        rs ->
            new Workshop(
                rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getBoolean(4)),
        id);
  }

  // ---------------------------------------------------------------- committee

  /** The calling member declares a conflict of interest with an application. */
  public void declareConflict(long id, String reason) {
    Application a = application(id);
    String member = user.username();
    sql.update(
        "INSERT INTO ic_conflict (application_id, username, reason) VALUES (?, ?, ?)"
            + " ON CONFLICT (application_id, username) DO UPDATE SET reason = EXCLUDED.reason",
        id,
        member,
        reason);
    // A member who declares a conflict after scoring no longer counts.
    sql.update("DELETE FROM ic_score WHERE application_id = ? AND username = ?", id, member);
    updateScore(id, a.callId());
  }

  /**
   * Records the calling member's scores of an application under evaluation: every criterion, in
   * range; refused to a member with a declared conflict. Scoring again replaces their scores.
   */
  public Application score(long id, Map<String, Integer> scores) {
    Application a = lock(id);
    String member = user.username();
    requireStatus(a, Status.EVALUATION);
    List<Scoring.Criterion> criteria = criteria(a.callId());
    List<String> problems = Scoring.problems(criteria, scores);
    if (!problems.isEmpty()) {
      throw new Refused(422, "scores-refused", "The scores are not valid.", problems);
    }
    sql.update("DELETE FROM ic_score WHERE application_id = ? AND username = ?", id, member);
    scores.forEach(
        (criterion, score) ->
            sql.update(
                "INSERT INTO ic_score (application_id, username, criterion, score) VALUES (?, ?, ?, ?)",
                id,
                member,
                criterion,
                score));
    updateScore(id, a.callId());
    return application(id);
  }

  private void updateScore(long id, long callId) {
    List<Scoring.Criterion> criteria = criteria(callId);
    Map<String, Map<String, Integer>> byMember = new LinkedHashMap<>();
    for (Object[] row :
        sql.query(
            "SELECT username, criterion, score FROM ic_score WHERE application_id = ?",
            rs -> new Object[] {rs.getString(1), rs.getString(2), rs.getInt(3)},
            id)) {
      byMember
          .computeIfAbsent((String) row[0], k -> new LinkedHashMap<>())
          .put((String) row[1], (Integer) row[2]);
    }
    List<BigDecimal> totals =
        byMember.values().stream().map(s -> Scoring.memberTotal(criteria, s)).toList();
    sql.update(
        "UPDATE ic_application SET score = ? WHERE id = ?",
        Scoring.applicationScore(totals).orElse(null),
        id);
  }

  /** The call's ranking of scored applications, with ties sharing a rank. */
  public List<Scoring.Ranked> ranking(long callId) {
    Call call = call(callId);
    List<Scoring.Scored> scored =
        sql.query(
            "SELECT id, score, submitted_at FROM ic_application WHERE call_id = ?"
                + " AND score IS NOT NULL AND status <> 'WITHDRAWN'",
            rs ->
                new Scoring.Scored(
                    rs.getLong(1),
                    rs.getBigDecimal(2),
                    rs.getObject(3, OffsetDateTime.class).toInstant()),
            callId);
    return Scoring.rank(scored, call.passMark());
  }

  /**
   * Records the committee's decision with its minutes: SELECTED (only at or above the pass mark),
   * REJECTED or STAND_BY.
   */
  public Application decide(long id, Status outcome, String minutes) {
    if (!Set.of(Status.SELECTED, Status.REJECTED, Status.STAND_BY).contains(outcome)) {
      throw new Refused(
          422, "wrong-operation", "A decision is SELECTED, REJECTED or STAND_BY.", List.of());
    }
    Application a = lock(id);
    Call call = call(a.callId());
    if (outcome == Status.SELECTED
        && (a.score() == null || a.score().compareTo(call.passMark()) < 0)) {
      throw new Refused(
          422,
          "decision-refused",
          "Only an application scoring at least the pass mark ("
              + call.passMark().toPlainString()
              + ") can be selected; this one has "
              + (a.score() == null ? "no score" : a.score().toPlainString())
              + ".",
          List.of());
    }
    long members =
        sql.queryOne(
                "SELECT count(*) FROM ic_member m WHERE m.call_id = ? AND NOT EXISTS (SELECT 1"
                    + " FROM ic_conflict c WHERE c.application_id = ? AND c.username = m.username)",
                rs -> rs.getLong(1),
                a.callId(),
                id)
            .orElse(0L);
    long scored =
        sql.queryOne(
                "SELECT count(DISTINCT username) FROM ic_score WHERE application_id = ?",
                rs -> rs.getLong(1),
                id)
            .orElse(0L);
    int quorum = quorumPercent();
    if (members == 0 || scored * 100 <= members * (long) quorum) {
      throw new Refused(
          409,
          "quorum-not-reached",
          scored
              + " of the "
              + members
              + " committee members without a conflict have scored this application; a decision"
              + " needs more than "
              + quorum
              + "% of them.",
          List.of());
    }
    sql.update("UPDATE ic_application SET minutes = ? WHERE id = ?", minutes, id);
    move(a, outcome, minutes);
    return application(id);
  }

  /** The share of the committee that must have scored before a decision (configuration). */
  private int quorumPercent() {
    Object q = tenant.configOf(InnovationCallsPlugin.ID).get("decisionQuorumPercent");
    return q instanceof Number n ? n.intValue() : 50;
  }

  // ---------------------------------------------------------------- funding and monitoring

  /**
   * Approves funding for a selected project: within what it asked, the call's cap for the project
   * and what is left of the call's budget. Approvals of one call are serialised.
   */
  public Application approveFunding(long id, BigDecimal amount) {
    Application a = lock(id);
    requireStatus(a, Status.SELECTED);
    sql.queryOne("SELECT id FROM ic_call WHERE id = ? FOR UPDATE", rs -> rs.getLong(1), a.callId());
    Call call = call(a.callId());
    List<String> reasons =
        rules(call)
            .fundingBreaches(
                amount, a.investment().add(a.consultancy()), a.welfare(), call.budgetLeft());
    if (!reasons.isEmpty()) {
      throw new Refused(422, "funding-refused", "The funding cannot be approved.", reasons);
    }
    sql.update("UPDATE ic_application SET approved = ? WHERE id = ?", amount, id);
    move(a, Status.FUNDED, "EUR " + amount.toPlainString() + " approved");
    return application(id);
  }

  /** Records a tranche paid to a funded project; never more than approved in all. */
  public Application disburse(long id, BigDecimal amount, LocalDate onDate) {
    Application a = lock(id);
    requireStatus(a, Status.FUNDED, Status.CONCLUDED);
    if (a.disbursed().add(amount).compareTo(a.approved()) > 0) {
      throw new Refused(
          422,
          "disbursement-refused",
          "EUR "
              + a.disbursed().toPlainString()
              + " of the EUR "
              + a.approved().toPlainString()
              + " approved is paid; EUR "
              + amount.toPlainString()
              + " more would exceed it.",
          List.of());
    }
    sql.update(
        "INSERT INTO ic_disbursement (application_id, amount, on_date, actor) VALUES (?, ?, ?, ?)",
        id,
        amount,
        onDate,
        user.actor());
    return application(id);
  }

  /**
   * A placement recorded in the core at a company whose partita IVA is that of an organisation with
   * a funded project. A hiring with a contract (assunzione) or a self-employment is a job that
   * project created - one per person, not a renewal or an extension; a stage or tirocinio is a
   * stage it activated. Each placement counts once, however often the event arrives.
   */
  public void placed(PlacementRecorded placement) {
    String kind;
    String type = placement.placementType();
    if ("STAGE".equals(type) || "TIROCINIO".equals(type)) {
      kind = "STAGE";
    } else if (placement.isNewJob()) {
      kind = "JOB";
    } else {
      return;
    }
    long placementId = placement.placementId();
    long candidateId = placement.candidateId();
    long companyId = placement.companyId();
    LocalDate start = placement.startDate();
    Optional<String> vat = facts.company(companyId).map(CandidateFacts.Company::vatNumber);
    if (vat.isEmpty()) {
      return;
    }
    sql.queryOne(
            "SELECT id FROM ic_application WHERE tax_code = ? AND status IN ('FUNDED', 'CONCLUDED')"
                + " ORDER BY submitted_at DESC LIMIT 1",
            rs -> rs.getLong(1),
            vat.get())
        .ifPresent(
            application ->
                sql.update(
                    "INSERT INTO ic_job (application_id, placement_id, candidate_id, start_date,"
                        + " kind) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    application,
                    placementId,
                    candidateId,
                    start,
                    kind));
  }

  /**
   * Refers a selected or funded project to microcredit, when that plugin is enabled here: records
   * the referral and returns the loan application to submit there.
   */
  public Map<String, Object> referToMicrocredit(
      long id, long fundId, BigDecimal amount, int months) {
    if (!tenant.isEnabled(InnovationCallsPlugin.MICROCREDIT)) {
      throw new Refused(
          409,
          "microcredit-not-enabled",
          "Microcredit is not enabled in this territory: nothing to refer to.",
          List.of());
    }
    Application a = lock(id);
    requireStatus(a, Status.SELECTED, Status.FUNDED, Status.CONCLUDED);
    String referral = "microcredit: fund " + fundId + ", EUR " + amount.toPlainString();
    sql.update("UPDATE ic_application SET referral = ? WHERE id = ?", referral, id);
    Map<String, Object> loan = new LinkedHashMap<>();
    loan.put("fundId", fundId);
    loan.put("product", "BUSINESS");
    loan.put("organisation", a.organisation());
    loan.put("taxCode", a.taxCode());
    loan.put("referredBy", InnovationCallsPlugin.ID + ":" + id);
    loan.put("amount", amount);
    loan.put("months", months);
    loan.put("businessPlan", a.summary());
    return loan;
  }

  // ---------------------------------------------------------------- reports and GDPR

  /**
   * Figures of the applications submitted in a period (all time when null): counts per state, in
   * the terms of DOMAIN.md's Bologna example, money approved and disbursed, stages and jobs.
   */
  public Map<String, Number> figures(ReportContributor.Period period) {
    Instant from = period == null ? Instant.EPOCH : period.from().atStartOfDay(zone()).toInstant();
    Instant to =
        period == null
            ? Instant.parse("9999-12-31T00:00:00Z")
            : period.to().plusDays(1).atStartOfDay(zone()).toInstant();
    String where = " FROM ic_application a WHERE a.submitted_at >= ? AND a.submitted_at < ?";
    Map<String, Long> byStatus = new LinkedHashMap<>();
    for (Status s : Status.values()) {
      byStatus.put(s.name(), 0L);
    }
    for (Object[] row :
        sql.query(
            "SELECT a.status, count(*)" + where + " GROUP BY a.status",
            rs -> new Object[] {rs.getString(1), rs.getLong(2)},
            OffsetDateTime.ofInstant(from, zone()),
            OffsetDateTime.ofInstant(to, zone()))) {
      byStatus.put((String) row[0], (Long) row[1]);
    }
    long withdrawnFromAccompaniment =
        sql.query(
                "SELECT count(*)"
                    + where
                    + " AND a.status = 'WITHDRAWN' AND EXISTS (SELECT 1 FROM ic_transition t"
                    + " WHERE t.application_id = a.id AND t.to_status = 'WITHDRAWN'"
                    + " AND t.from_status IN ('ACCOMPANIMENT', 'PITCH'))",
                rs -> rs.getLong(1),
                OffsetDateTime.ofInstant(from, zone()),
                OffsetDateTime.ofInstant(to, zone()))
            .get(0);
    Object[] money =
        sql.query(
                "SELECT coalesce(sum(a.approved), 0),"
                    + " coalesce(sum((SELECT sum(d.amount) FROM ic_disbursement d WHERE d.application_id = a.id)), 0),"
                    + " coalesce(sum((SELECT count(*) FROM ic_job j WHERE j.application_id = a.id"
                    + "   AND j.kind = 'STAGE')), 0),"
                    + " coalesce(sum((SELECT count(*) FROM ic_job j WHERE j.application_id = a.id"
                    + "   AND j.kind = 'JOB')), 0)"
                    + where,
                rs ->
                    new Object[] {
                      rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getLong(3), rs.getLong(4)
                    },
                OffsetDateTime.ofInstant(from, zone()),
                OffsetDateTime.ofInstant(to, zone()))
            .get(0);
    long all = byStatus.values().stream().mapToLong(Long::longValue).sum();
    long rejected = byStatus.get("INELIGIBLE") + byStatus.get("REJECTED");
    // "Selected" as Bologna uses the word: admitted to accompaniment after the eligibility check.
    long admitted =
        sql.query(
                "SELECT count(*)" + where + " AND a.accompaniment_from IS NOT NULL",
                rs -> rs.getLong(1),
                OffsetDateTime.ofInstant(from, zone()),
                OffsetDateTime.ofInstant(to, zone()))
            .get(0);
    Map<String, Number> f = new LinkedHashMap<>();
    f.put("applications", all);
    f.put("rejected", rejected);
    f.put("selected", admitted);
    f.put("submitted, not yet checked", byStatus.get("SUBMITTED"));
    f.put(
        "in accompaniment",
        byStatus.get("ACCOMPANIMENT") + byStatus.get("PITCH") + byStatus.get("EVALUATION"));
    f.put("evaluated positively", byStatus.get("SELECTED"));
    f.put("concluded and funded", byStatus.get("FUNDED") + byStatus.get("CONCLUDED"));
    f.put("withdrawn", byStatus.get("WITHDRAWN"));
    f.put("withdrawn during accompaniment", withdrawnFromAccompaniment);
    f.put("stand-by", byStatus.get("STAND_BY"));
    f.put("approved EUR", ((BigDecimal) money[0]).setScale(2, RoundingMode.HALF_UP));
    f.put("disbursed EUR", ((BigDecimal) money[1]).setScale(2, RoundingMode.HALF_UP));
    f.put("stages activated", (Long) money[2]);
    f.put("jobs created", (Long) money[3]);
    return f;
  }

  /** The jobs counted for a candidate (the plugin's only link to a person). */
  public List<Map<String, Object>> export(long candidateId) {
    return sql.query(
        "SELECT application_id, placement_id, start_date FROM ic_job WHERE candidate_id = ?",
        rs -> {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("application", rs.getLong(1));
          m.put("placement", rs.getLong(2));
          m.put("startDate", rs.getObject(3, LocalDate.class).toString());
          return m;
        },
        candidateId);
  }

  /** Unlinks the person from the jobs counted; the counts stay. */
  public void erase(long candidateId) {
    sql.update("UPDATE ic_job SET candidate_id = NULL WHERE candidate_id = ?", candidateId);
  }

  // ---------------------------------------------------------------- helpers

  private static final String APPLICATION =
      "SELECT a.id, a.call_id, a.organisation, a.tax_code, a.applicant_type, a.seat_in_territory,"
          + " a.summary, a.investment, a.consultancy, a.welfare, a.expected_jobs, a.partners,"
          + " a.status, a.submitted_at, a.accompaniment_from, a.score, a.minutes, a.approved,"
          + " (SELECT coalesce(sum(d.amount), 0) FROM ic_disbursement d WHERE d.application_id = a.id),"
          + " (SELECT count(*) FROM ic_job j WHERE j.application_id = a.id AND j.kind = 'STAGE'),"
          + " (SELECT count(*) FROM ic_job j WHERE j.application_id = a.id AND j.kind = 'JOB'),"
          + " a.referral"
          + " FROM ic_application a";

  private static Application readApplication(ResultSet rs) throws SQLException {
    return new Application(
        rs.getLong(1),
        rs.getLong(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getBoolean(6),
        rs.getString(7),
        rs.getBigDecimal(8),
        rs.getBigDecimal(9),
        rs.getBoolean(10),
        rs.getInt(11),
        rs.getString(12),
        rs.getString(13),
        rs.getObject(14, OffsetDateTime.class),
        rs.getObject(15, LocalDate.class),
        rs.getBigDecimal(16),
        rs.getString(17),
        rs.getBigDecimal(18),
        rs.getBigDecimal(19),
        rs.getInt(20),
        rs.getLong(21),
        rs.getString(22));
  }

  private Application lock(long id) {
    sql.queryOne("SELECT id FROM ic_application WHERE id = ? FOR UPDATE", rs -> rs.getLong(1), id)
        .orElseThrow(() -> notFound("Application", id));
    return application(id);
  }

  private void move(Application a, Status target, String note) {
    Status from = Status.valueOf(a.status());
    if (!from.canMoveTo(target)) {
      throw new Refused(
          409,
          "illegal-transition",
          "An application "
              + from
              + " cannot become "
              + target
              + "; it can become "
              + from.next()
              + ".",
          List.of());
    }
    sql.update("UPDATE ic_application SET status = ? WHERE id = ?", target.name(), a.id());
    record(a.id(), from, target, note);
  }

  private void record(long id, Status from, Status to, String note) {
    sql.update(
        "INSERT INTO ic_transition (application_id, from_status, to_status, actor, note)"
            + " VALUES (?, ?, ?, ?, ?)",
        id,
        from == null ? null : from.name(),
        to.name(),
        user.actor(),
        note);
  }

  /**
   * Whether a user sits on the committee of an application's call, and, when asked, has declared no
   * conflict of interest with it: the relations the core checks before committee operations.
   *
   * @return empty when the user holds the relation, otherwise the refusal
   */
  public Optional<PluginRefusal> committeeRelation(
      long applicationId, String username, boolean withoutConflict) {
    Optional<Long> call =
        sql.queryOne(
            "SELECT call_id FROM ic_application WHERE id = ?", rs -> rs.getLong(1), applicationId);
    if (call.isEmpty()) {
      return Optional.of(notFound("Application", applicationId));
    }
    boolean member =
        sql.queryOne(
                "SELECT 1 FROM ic_member WHERE call_id = ? AND username = ?",
                rs -> rs.getInt(1),
                call.get(),
                username)
            .isPresent();
    if (!member) {
      return Optional.of(
          new Refused(
              403,
              "not-a-member",
              "Only members of the call's evaluation committee may do this.",
              List.of()));
    }
    if (withoutConflict
        && sql.queryOne(
                "SELECT 1 FROM ic_conflict WHERE application_id = ? AND username = ?",
                rs -> rs.getInt(1),
                applicationId,
                username)
            .isPresent()) {
      return Optional.of(
          new Refused(
              403,
              "conflict-of-interest",
              username
                  + " declared a conflict of interest with this application and cannot act on"
                  + " it.",
              List.of()));
    }
    return Optional.empty();
  }

  private static void requireStatus(Application a, Status... allowed) {
    if (!List.of(allowed).contains(Status.valueOf(a.status()))) {
      throw new Refused(
          409,
          "wrong-state",
          "Application " + a.id() + " is " + a.status() + "; this needs " + List.of(allowed) + ".",
          List.of());
    }
  }

  private static Refused notFound(String what, long id) {
    return new Refused(404, "not-found", what + " " + id + " was not found.", List.of());
  }

  @SuppressWarnings("unchecked")
  private static List<Scoring.Criterion> defaultCriteria(Map<String, Object> config) {
    List<Scoring.Criterion> out = new ArrayList<>();
    for (Object o : (List<Object>) config.get("criteria")) {
      Map<String, Object> m = (Map<String, Object>) o;
      out.add(
          new Scoring.Criterion(
              (String) m.get("code"),
              (String) m.get("name"),
              decimal(m.get("weight")),
              ((Number) m.get("maxScore")).intValue()));
    }
    return out;
  }

  private static BigDecimal decimal(Object n) {
    return new BigDecimal(n.toString());
  }

  private static <T> T or(T value, T fallback) {
    return value != null ? value : fallback;
  }
}
