package it.ponte.plugin.ic.application;

import it.ponte.api.core.CurrentUser;
import it.ponte.api.core.TenantSql;
import it.ponte.plugin.ic.domain.Status;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The applications of the request's tenant as rows: an application and its history, and the
 * row-level steps the services share (lock, move with its recorded transition, state checks).
 */
@ApplicationScoped
@Transactional
public class ApplicationBook {

  @Inject TenantSql sql;

  @Inject IcTerritory territory;

  @Inject CallService calls;

  @Inject CurrentUser user;

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

  public Application application(long id) {
    return sql.queryOne(APPLICATION + " WHERE a.id = ?", ApplicationBook::readApplication, id)
        .orElseThrow(() -> IcRefusal.notFound("Application", id));
  }

  public List<Application> applications(long callId) {
    calls.call(callId);
    // One query for the whole list, not one per application.
    return sql.query(
        APPLICATION + " WHERE a.call_id = ? ORDER BY a.submitted_at, a.id",
        ApplicationBook::readApplication,
        callId);
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

  private static final String APPLICATION =
      "SELECT a.id, a.call_id, a.organisation, a.tax_code, a.applicant_type, a.seat_in_territory,"
          + " a.summary, a.investment, a.consultancy, a.welfare, a.expected_jobs, a.partners,"
          + " a.status, a.submitted_at, a.accompaniment_from, a.score, a.minutes, a.approved,"
          + " (SELECT coalesce(sum(d.amount), 0) FROM ic_disbursement d WHERE d.application_id = a.id),"
          + " (SELECT count(*) FROM ic_job j WHERE j.application_id = a.id AND j.kind = 'STAGE'),"
          + " (SELECT count(*) FROM ic_job j WHERE j.application_id = a.id AND j.kind = 'JOB'),"
          + " a.referral"
          + " FROM ic_application a";

  static Application readApplication(ResultSet rs) throws SQLException {
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

  Application lock(long id) {
    sql.queryOne("SELECT id FROM ic_application WHERE id = ? FOR UPDATE", rs -> rs.getLong(1), id)
        .orElseThrow(() -> IcRefusal.notFound("Application", id));
    return application(id);
  }

  void move(Application a, Status target, String note) {
    Status from = Status.valueOf(a.status());
    if (!from.canMoveTo(target)) {
      throw new IcRefusal(
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

  void record(long id, Status from, Status to, String note) {
    sql.update(
        "INSERT INTO ic_transition (application_id, from_status, to_status, actor, note)"
            + " VALUES (?, ?, ?, ?, ?)",
        id,
        from == null ? null : from.name(),
        to.name(),
        user.actor(),
        note);
  }

  static void requireStatus(Application a, Status... allowed) {
    if (!List.of(allowed).contains(Status.valueOf(a.status()))) {
      throw new IcRefusal(
          409,
          "wrong-state",
          "Application " + a.id() + " is " + a.status() + "; this needs " + List.of(allowed) + ".",
          List.of());
    }
  }
}
