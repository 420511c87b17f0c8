package it.ponte.plugin.ic.application;

import it.ponte.api.core.CurrentUser;
import it.ponte.api.core.TenantSql;
import it.ponte.api.plugin.PluginRefusal;
import it.ponte.plugin.ic.domain.Scoring;
import it.ponte.plugin.ic.domain.Status;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The evaluation committee: conflicts of interest, scores, the ranking and the decision. */
@ApplicationScoped
@Transactional
public class CommitteeService {

  @Inject TenantSql sql;

  @Inject IcTerritory territory;

  @Inject CallService calls;

  @Inject ApplicationBook book;

  @Inject CurrentUser user;

  /** The calling member declares a conflict of interest with an application. */
  public void declareConflict(long id, String reason) {
    ApplicationBook.Application a = book.application(id);
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
  public ApplicationBook.Application score(long id, Map<String, Integer> scores) {
    ApplicationBook.Application a = book.lock(id);
    String member = user.username();
    ApplicationBook.requireStatus(a, Status.EVALUATION);
    List<Scoring.Criterion> criteria = calls.criteria(a.callId());
    List<String> problems = Scoring.problems(criteria, scores);
    if (!problems.isEmpty()) {
      throw new IcRefusal(422, "scores-refused", "The scores are not valid.", problems);
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
    return book.application(id);
  }

  private void updateScore(long id, long callId) {
    List<Scoring.Criterion> criteria = calls.criteria(callId);
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
    CallService.Call call = calls.call(callId);
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
  public ApplicationBook.Application decide(long id, Status outcome, String minutes) {
    if (!Set.of(Status.SELECTED, Status.REJECTED, Status.STAND_BY).contains(outcome)) {
      throw new IcRefusal(
          422, "wrong-operation", "A decision is SELECTED, REJECTED or STAND_BY.", List.of());
    }
    ApplicationBook.Application a = book.lock(id);
    CallService.Call call = calls.call(a.callId());
    if (outcome == Status.SELECTED
        && (a.score() == null || a.score().compareTo(call.passMark()) < 0)) {
      throw new IcRefusal(
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
      throw new IcRefusal(
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
    book.move(a, outcome, minutes);
    return book.application(id);
  }

  /** The share of the committee that must have scored before a decision (configuration). */
  private int quorumPercent() {
    return territory.settings().decisionQuorumPercent();
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
      return Optional.of(IcRefusal.notFound("Application", applicationId));
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
          new IcRefusal(
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
          new IcRefusal(
              403,
              "conflict-of-interest",
              username
                  + " declared a conflict of interest with this application and cannot act on"
                  + " it.",
              List.of()));
    }
    return Optional.empty();
  }
}
