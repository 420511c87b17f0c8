package it.ponte.plugin.ic.infrastructure;

import it.ponte.api.core.TenantSql;
import it.ponte.plugin.ic.domain.Application;
import it.ponte.plugin.ic.domain.Status;
import it.ponte.plugin.ic.domain.Submission;
import it.ponte.plugin.ic.domain.Workshop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Applications to calls ({@code ic_application}) with their recorded transitions, workshops and
 * tranches paid.
 */
@ApplicationScoped
public class ApplicationRepository {

  @Inject TenantSql sql;

  private static final String APPLICATION =
      "SELECT a.id, a.call_id, a.organisation, a.tax_code, a.applicant_type, a.seat_in_territory,"
          + " a.summary, a.investment, a.consultancy, a.welfare, a.expected_jobs, a.partners,"
          + " a.status, a.submitted_at, a.accompaniment_from, a.score, a.minutes, a.approved,"
          + " (SELECT coalesce(sum(d.amount), 0) FROM ic_disbursement d"
          + "   WHERE d.application_id = a.id),"
          + " (SELECT count(*) FROM ic_job j WHERE j.application_id = a.id AND j.kind = 'STAGE'),"
          + " (SELECT count(*) FROM ic_job j WHERE j.application_id = a.id AND j.kind = 'JOB'),"
          + " a.referral"
          + " FROM ic_application a";

  /**
   * Stores an application in a state, submitted now or at a given instant (demo data that happened
   * in the past); empty when the organisation has applied to the call.
   */
  public Optional<Long> insert(
      long callId, Submission s, Status status, OffsetDateTime submittedAt) {
    return sql.tryInsertReturning(
        "INSERT INTO ic_application (call_id, organisation, tax_code, applicant_type,"
            + " seat_in_territory, summary, investment, consultancy, welfare,"
            + " expected_jobs, partners, status, submitted_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " coalesce(?::timestamptz, now())) RETURNING id",
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
        s.partners(),
        status.name(),
        submittedAt);
  }

  public Optional<Application> find(long id) {
    return sql.queryOne(APPLICATION + " WHERE a.id = ?", ApplicationRepository::read, id);
  }

  /** A call's applications in the order they came, in one query. */
  public List<Application> ofCall(long callId) {
    return sql.query(
        APPLICATION + " WHERE a.call_id = ? ORDER BY a.submitted_at, a.id",
        ApplicationRepository::read,
        callId);
  }

  /** The call an application was made to; empty when there is no such application. */
  public Optional<Long> callOf(long id) {
    return sql.queryOne("SELECT call_id FROM ic_application WHERE id = ?", rs -> rs.getLong(1), id);
  }

  /** Locks the application's row until the transaction ends; false when there is none. */
  public boolean lock(long id) {
    return sql.queryOne(
            "SELECT id FROM ic_application WHERE id = ? FOR UPDATE", rs -> rs.getLong(1), id)
        .isPresent();
  }

  public void setStatus(long id, Status status) {
    sql.update("UPDATE ic_application SET status = ? WHERE id = ?", status.name(), id);
  }

  /**
   * Records a change of state by an actor, now or at a given instant (demo data).
   *
   * @param from null for the submission
   */
  public void addTransition(
      long id, Status from, Status to, String actor, OffsetDateTime at, String note) {
    sql.update(
        "INSERT INTO ic_transition (application_id, from_status, to_status, actor, at, note)"
            + " VALUES (?, ?, ?, ?, coalesce(?::timestamptz, now()), ?)",
        id,
        from == null ? null : from.name(),
        to.name(),
        actor,
        at,
        note);
  }

  public List<Application.Transition> transitions(long id) {
    return sql.query(
        "SELECT from_status, to_status, actor, at, note FROM ic_transition"
            + " WHERE application_id = ? ORDER BY id",
        rs ->
            new Application.Transition(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getObject(4, OffsetDateTime.class),
                rs.getString(5)),
        id);
  }

  public void accompanimentFrom(long id, LocalDate day) {
    sql.update("UPDATE ic_application SET accompaniment_from = ? WHERE id = ?", day, id);
  }

  public void minutes(long id, String minutes) {
    sql.update("UPDATE ic_application SET minutes = ? WHERE id = ?", minutes, id);
  }

  public void approved(long id, BigDecimal amount) {
    sql.update("UPDATE ic_application SET approved = ? WHERE id = ?", amount, id);
  }

  public void referral(long id, String referral) {
    sql.update("UPDATE ic_application SET referral = ? WHERE id = ?", referral, id);
  }

  /** Sets the committee's score of an application (null when nobody scored). */
  public void score(long id, BigDecimal score) {
    sql.update("UPDATE ic_application SET score = ? WHERE id = ?", score, id);
  }

  public void addDisbursement(long id, BigDecimal amount, LocalDate onDate, String actor) {
    sql.update(
        "INSERT INTO ic_disbursement (application_id, amount, on_date, actor) VALUES (?, ?, ?, ?)",
        id,
        amount,
        onDate,
        actor);
  }

  public Workshop addWorkshop(long id, LocalDate heldOn, String topic, boolean attended) {
    long workshop =
        sql.query(
                "INSERT INTO ic_workshop (application_id, held_on, topic, attended)"
                    + " VALUES (?, ?, ?, ?) RETURNING id",
                rs -> rs.getLong(1),
                id,
                heldOn,
                topic,
                attended)
            .get(0);
    return new Workshop(workshop, heldOn, topic, attended);
  }

  public List<Workshop> workshops(long id) {
    return sql.query(
        "SELECT id, held_on, topic, attended FROM ic_workshop WHERE application_id = ?"
            + " ORDER BY held_on, id",
        rs ->
            new Workshop(
                rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getBoolean(4)),
        id);
  }

  private static Application read(ResultSet rs) throws SQLException {
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
        Status.valueOf(rs.getString(13)),
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
}
