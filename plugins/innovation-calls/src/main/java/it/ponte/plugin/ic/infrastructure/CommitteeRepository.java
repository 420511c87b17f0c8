package it.ponte.plugin.ic.infrastructure;

import it.ponte.api.core.TenantSql;
import it.ponte.plugin.ic.domain.Scoring;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The committee's work on applications: conflicts of interest ({@code ic_conflict}) and scores. */
@ApplicationScoped
public class CommitteeRepository {

  @Inject TenantSql sql;

  /** Records (or restates) a member's conflict of interest with an application. */
  public void declareConflict(long applicationId, String username, String reason) {
    sql.update(
        "INSERT INTO ic_conflict (application_id, username, reason) VALUES (?, ?, ?)"
            + " ON CONFLICT (application_id, username) DO UPDATE SET reason = EXCLUDED.reason",
        applicationId,
        username,
        reason);
  }

  public boolean hasConflict(long applicationId, String username) {
    return sql.queryOne(
            "SELECT 1 FROM ic_conflict WHERE application_id = ? AND username = ?",
            rs -> rs.getInt(1),
            applicationId,
            username)
        .isPresent();
  }

  /** Replaces a member's scores of an application (none: removes them). */
  public void replaceScores(long applicationId, String username, Map<String, Integer> scores) {
    sql.update(
        "DELETE FROM ic_score WHERE application_id = ? AND username = ?", applicationId, username);
    scores.forEach(
        (criterion, score) ->
            sql.update(
                "INSERT INTO ic_score (application_id, username, criterion, score)"
                    + " VALUES (?, ?, ?, ?)",
                applicationId,
                username,
                criterion,
                score));
  }

  /** Every member's scores of an application, by member then criterion. */
  public Map<String, Map<String, Integer>> scores(long applicationId) {
    Map<String, Map<String, Integer>> byMember = new LinkedHashMap<>();
    sql.query(
        "SELECT username, criterion, score FROM ic_score WHERE application_id = ?",
        rs ->
            byMember
                .computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
                .put(rs.getString(2), rs.getInt(3)),
        applicationId);
    return byMember;
  }

  /** How many members of the call's committee have no conflict with the application. */
  public long membersWithoutConflict(long callId, long applicationId) {
    return sql.queryOne(
            "SELECT count(*) FROM ic_member m WHERE m.call_id = ? AND NOT EXISTS (SELECT 1"
                + " FROM ic_conflict c WHERE c.application_id = ? AND c.username = m.username)",
            rs -> rs.getLong(1),
            callId,
            applicationId)
        .orElse(0L);
  }

  /** How many members scored the application. */
  public long membersWhoScored(long applicationId) {
    return sql.queryOne(
            "SELECT count(DISTINCT username) FROM ic_score WHERE application_id = ?",
            rs -> rs.getLong(1),
            applicationId)
        .orElse(0L);
  }

  /** The call's scored applications still in the running, to rank. */
  public List<Scoring.Scored> scored(long callId) {
    return sql.query(
        "SELECT id, score, submitted_at FROM ic_application WHERE call_id = ?"
            + " AND score IS NOT NULL AND status <> 'WITHDRAWN'",
        rs ->
            new Scoring.Scored(
                rs.getLong(1),
                rs.getBigDecimal(2),
                rs.getObject(3, OffsetDateTime.class).toInstant()),
        callId);
  }
}
