package it.ponte.plugin.ic.infrastructure;

import it.ponte.api.core.TenantSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The jobs and stages funded projects created ({@code ic_job}), one per placement. */
@ApplicationScoped
public class JobRepository {

  @Inject TenantSql sql;

  /** A job (JOB) or stage (STAGE) counted for a funded project. */
  public record Job(
      long applicationId, long placementId, Long candidateId, LocalDate startDate, String kind) {}

  /** The latest funded (or concluded) project of the organisation with this partita IVA. */
  public Optional<Long> fundedProjectOf(String vatNumber) {
    return sql.queryOne(
        "SELECT id FROM ic_application WHERE tax_code = ? AND status IN ('FUNDED', 'CONCLUDED')"
            + " ORDER BY submitted_at DESC LIMIT 1",
        rs -> rs.getLong(1),
        vatNumber);
  }

  /** Counts a job or stage, once per placement. */
  public void add(Job job) {
    sql.update(
        "INSERT INTO ic_job (application_id, placement_id, candidate_id, start_date, kind)"
            + " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
        job.applicationId(),
        job.placementId(),
        job.candidateId(),
        job.startDate(),
        job.kind());
  }

  public List<Job> ofCandidate(long candidateId) {
    return sql.query(
        "SELECT application_id, placement_id, candidate_id, start_date, kind FROM ic_job"
            + " WHERE candidate_id = ?",
        rs ->
            new Job(
                rs.getLong(1),
                rs.getLong(2),
                (Long) rs.getObject(3),
                rs.getObject(4, LocalDate.class),
                rs.getString(5)),
        candidateId);
  }

  /** Keeps the jobs counted, without the person. */
  public void forgetCandidate(long candidateId) {
    sql.update("UPDATE ic_job SET candidate_id = NULL WHERE candidate_id = ?", candidateId);
  }
}
