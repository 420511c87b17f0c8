package it.ponte.plugin.ic.infrastructure;

import it.ponte.api.core.TenantSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The counts and sums the calls' reports and federated figures are made of; what is drawn from them
 * is the application's. Report figures cover the applications submitted in {@code [from, to)}.
 */
@ApplicationScoped
public class IcReportQueries {

  @Inject TenantSql sql;

  private static final String SUBMITTED =
      " FROM ic_application a WHERE a.submitted_at >= ? AND a.submitted_at < ?";

  /** The applications submitted in the interval, by their state now. */
  public Map<String, Long> byStatus(OffsetDateTime from, OffsetDateTime to) {
    Map<String, Long> out = new LinkedHashMap<>();
    sql.query(
        "SELECT a.status, count(*)" + SUBMITTED + " GROUP BY a.status",
        rs -> out.put(rs.getString(1), rs.getLong(2)),
        from,
        to);
    return out;
  }

  /** Of those, the ones withdrawn during the accompaniment (or the pitch). */
  public long withdrawnDuringAccompaniment(OffsetDateTime from, OffsetDateTime to) {
    return count(
        "SELECT count(*)"
            + SUBMITTED
            + " AND a.status = 'WITHDRAWN' AND EXISTS (SELECT 1 FROM ic_transition t"
            + " WHERE t.application_id = a.id AND t.to_status = 'WITHDRAWN'"
            + " AND t.from_status IN ('ACCOMPANIMENT', 'PITCH'))",
        from,
        to);
  }

  /** Of those, the ones admitted to the accompaniment after the eligibility check. */
  public long admitted(OffsetDateTime from, OffsetDateTime to) {
    return count("SELECT count(*)" + SUBMITTED + " AND a.accompaniment_from IS NOT NULL", from, to);
  }

  /** What those applications were approved and paid, and the stages and jobs they created. */
  public record Outcomes(BigDecimal approved, BigDecimal disbursed, long stages, long jobs) {}

  public Outcomes outcomes(OffsetDateTime from, OffsetDateTime to) {
    return sql.query(
            "SELECT coalesce(sum(a.approved), 0),"
                + " coalesce(sum((SELECT sum(d.amount) FROM ic_disbursement d"
                + "   WHERE d.application_id = a.id)), 0),"
                + " coalesce(sum((SELECT count(*) FROM ic_job j WHERE j.application_id = a.id"
                + "   AND j.kind = 'STAGE')), 0),"
                + " coalesce(sum((SELECT count(*) FROM ic_job j WHERE j.application_id = a.id"
                + "   AND j.kind = 'JOB')), 0)"
                + SUBMITTED,
            rs ->
                new Outcomes(
                    rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getLong(3), rs.getLong(4)),
            from,
            to)
        .get(0);
  }

  /** An application, tranche or job behind a federated figure, with its euros when it has any. */
  public record Unit(long id, BigDecimal amount) {}

  /** Applications submitted in a period (days in the territory's time zone). */
  public List<Unit> submitted(String timeZone, LocalDate from, LocalDate to) {
    return sql.query(
        "SELECT id FROM ic_application WHERE (submitted_at AT TIME ZONE ?)::date BETWEEN ? AND ?",
        rs -> new Unit(rs.getLong(1), null),
        timeZone,
        from,
        to);
  }

  /** Applications funded in a period, with the amount approved. */
  public List<Unit> funded(String timeZone, LocalDate from, LocalDate to) {
    return sql.query(
        "SELECT a.id, a.approved FROM ic_application a WHERE EXISTS (SELECT 1 FROM ic_transition t"
            + " WHERE t.application_id = a.id AND t.to_status = 'FUNDED'"
            + " AND (t.at AT TIME ZONE ?)::date BETWEEN ? AND ?)",
        rs -> new Unit(rs.getLong(1), rs.getBigDecimal(2)),
        timeZone,
        from,
        to);
  }

  /** What was paid to each application in a period. */
  public List<Unit> disbursed(LocalDate from, LocalDate to) {
    return sql.query(
        "SELECT application_id, sum(amount) FROM ic_disbursement WHERE on_date BETWEEN ? AND ?"
            + " GROUP BY application_id",
        rs -> new Unit(rs.getLong(1), rs.getBigDecimal(2)),
        from,
        to);
  }

  /** The placements that were jobs funded projects created, starting in a period. */
  public List<Unit> jobsStarting(LocalDate from, LocalDate to) {
    return sql.query(
        "SELECT placement_id FROM ic_job WHERE kind = 'JOB' AND start_date BETWEEN ? AND ?",
        rs -> new Unit(rs.getLong(1), null),
        from,
        to);
  }

  private long count(String query, OffsetDateTime from, OffsetDateTime to) {
    return sql.query(query, rs -> rs.getLong(1), from, to).get(0);
  }
}
