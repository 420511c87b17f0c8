package it.ponte.exchange.infrastructure;

import it.ponte.api.core.TenantSql;
import it.ponte.candidate.domain.Assessment;
import it.ponte.exchange.application.Bound;
import it.ponte.exchange.application.ImportScope;
import it.ponte.exchange.application.KindStore;
import it.ponte.exchange.domain.ImportError;
import it.ponte.exchange.domain.ImportKind;
import it.ponte.exchange.domain.ImportRecords;
import it.ponte.exchange.domain.Imported;
import it.ponte.platform.domain.Codes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes interviews, then brings each person's record in line with them as the API does when an
 * interview is completed: the first completed interview is the first-interview date, the latest
 * assessment is the current one, and a person still REGISTERED becomes ASSESSED on that date.
 */
@ApplicationScoped
public class InterviewStore implements KindStore<Imported.Interview> {

  @Inject TenantSql sql;

  @Inject ImportRecords records;

  @Override
  public ImportKind kind() {
    return ImportKind.INTERVIEWS;
  }

  @Override
  public void write(
      List<Bound<Imported.Interview>> creates,
      List<Bound<Imported.Interview>> updates,
      ImportScope scope) {
    List<Bound<Imported.Interview>> all = new ArrayList<>(creates);
    all.addAll(updates);
    People people = People.of(sql, records, all, b -> b.value().candidate());
    for (Bound<Imported.Interview> b : all) {
      People.Person p = people.require(b, "candidateExternalId", b.value().candidate());
      if (p == null) {
        continue;
      }
      Imported.Interview i = b.value();
      if (i.scheduledAt().isBefore(p.registeredAt())) {
        b.row().error("scheduledAt", ImportError.HISTORY, "is before the person's registration");
      }
      if (i.completedAt() != null && i.completedAt().isBefore(p.registeredAt())) {
        b.row().error("completedAt", ImportError.HISTORY, "is before the person's registration");
      }
    }
    List<Bound<Imported.Interview>> newOnes = creates.stream().filter(Bound::ok).toList();
    Batch.drawIds(sql, "interview", newOnes);
    Batch.run(
        sql,
        "INSERT INTO interview (candidate_id, scheduled_at, completed_at, profile_type, readiness,"
            + " employability, sectors, notes, id, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
        newOnes,
        (q, b) -> q.setLong(bind(q, people.id(b.value().candidate()), b.value()), b.recordId()));
    Batch.run(
        sql,
        "UPDATE interview SET (candidate_id, scheduled_at, completed_at, profile_type, readiness,"
            + " employability, sectors, notes) = (?, ?, ?, ?, ?, ?, ?, ?), version = version + 1"
            + " WHERE id = ?",
        updates.stream().filter(Bound::ok).toList(),
        (q, b) -> q.setLong(bind(q, people.id(b.value().candidate()), b.value()), b.recordId()));
    Set<Long> touched = new HashSet<>();
    for (Bound<Imported.Interview> b : all) {
      if (b.ok()) {
        touched.add(people.id(b.value().candidate()));
      }
    }
    assessed(sql, touched);
  }

  private static int bind(PreparedStatement q, long candidateId, Imported.Interview i)
      throws SQLException {
    Assessment a = i.assessment();
    q.setLong(1, candidateId);
    q.setObject(2, i.scheduledAt());
    Batch.set(q, 3, i.completedAt(), Types.TIMESTAMP_WITH_TIMEZONE);
    Batch.text(q, 4, a == null ? null : a.profileType());
    Batch.text(q, 5, a == null ? null : a.readiness());
    Batch.text(q, 6, a == null ? null : a.employability());
    Batch.text(q, 7, a == null ? null : Codes.join(a.sectors()));
    Batch.text(q, 8, i.notes());
    return 9;
  }

  /**
   * The people's first interview, current assessment and status, from their interviews: also after
   * a re-import of their own rows, which state the status the file knew.
   */
  static void assessed(TenantSql sql, Set<Long> candidates) {
    if (candidates.isEmpty()) {
      return;
    }
    Batch.byId(
        sql,
        "WITH done AS (SELECT * FROM interview WHERE candidate_id = ANY (?)"
            + " AND completed_at IS NOT NULL),"
            + " first AS (SELECT candidate_id, min(completed_at) AS at FROM done GROUP BY 1),"
            + " latest AS (SELECT DISTINCT ON (candidate_id) * FROM done"
            + " ORDER BY candidate_id, completed_at DESC, id DESC),"
            + " changed AS (UPDATE candidate c SET first_interview_at = first.at,"
            + " profile_type = latest.profile_type, readiness = latest.readiness,"
            + " employability = latest.employability, sectors = latest.sectors,"
            + " status_changed_at = CASE WHEN c.status = 'REGISTERED' THEN first.at"
            + " ELSE c.status_changed_at END,"
            + " status = CASE WHEN c.status = 'REGISTERED' THEN 'ASSESSED' ELSE c.status END"
            + " FROM first JOIN latest USING (candidate_id) WHERE c.id = first.candidate_id"
            + " RETURNING c.id) SELECT id FROM changed",
        candidates,
        rs -> Boolean.TRUE);
  }
}
