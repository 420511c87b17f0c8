package it.ponte.plugin.ic.application;

import it.ponte.api.core.ItalianIds;
import it.ponte.api.core.TenantSql;
import it.ponte.plugin.ic.domain.CallWindow;
import it.ponte.plugin.ic.domain.Status;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Applications to a call: submission within its window, the eligibility check, the accompaniment.
 */
@ApplicationScoped
@Transactional
public class ApplicationService {

  @Inject TenantSql sql;

  @Inject IcTerritory territory;

  @Inject CallService calls;

  @Inject ApplicationBook book;

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

  /** A workshop of the accompaniment. */
  public record Workshop(long id, LocalDate heldOn, String topic, boolean attended) {}

  /** Submits an application; refused once the call closed (its local time in the territory). */
  public ApplicationBook.Application submit(long callId, Submission s) {
    CallService.Call call = calls.call(callId);
    Optional<String> closed =
        new CallWindow(call.opensAt(), call.closesAt(), territory.zone()).refusal(Instant.now());
    if (closed.isPresent()) {
      throw new IcRefusal(
          422, "call-closed", "Submission refused: " + closed.get() + ".", List.of());
    }
    if (!ItalianIds.isVatNumber(s.taxCode())) {
      throw new IcRefusal(
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
        throw new IcRefusal(
            409,
            "already-applied",
            s.organisation() + " has already applied to this call.",
            List.of());
      }
      throw e;
    }
    book.record(id, null, Status.SUBMITTED, null);
    return book.application(id);
  }

  /** The eligibility check: ACCOMPANIMENT when eligible, INELIGIBLE with every reason otherwise. */
  public ApplicationBook.Application checkEligibility(long id) {
    ApplicationBook.Application a = book.lock(id);
    ApplicationBook.requireStatus(a, Status.SUBMITTED);
    List<String> reasons =
        calls
            .rules(calls.call(a.callId()))
            .ineligibility(
                a.applicantType(),
                a.seatInTerritory(),
                a.investment(),
                a.consultancy(),
                a.welfare());
    if (reasons.isEmpty()) {
      sql.update(
          "UPDATE ic_application SET accompaniment_from = ? WHERE id = ?", territory.today(), id);
      book.move(a, Status.ACCOMPANIMENT, "eligible");
    } else {
      book.move(a, Status.INELIGIBLE, String.join("; ", reasons));
    }
    return book.application(id);
  }

  /**
   * Moves an application along its lifecycle: to PITCH, EVALUATION, WITHDRAWN or CONCLUDED.
   * Decisions and funding have their own operations.
   */
  public ApplicationBook.Application advance(long id, Status target, String note) {
    if (!Set.of(Status.PITCH, Status.EVALUATION, Status.WITHDRAWN, Status.CONCLUDED)
        .contains(target)) {
      throw new IcRefusal(
          422,
          "wrong-operation",
          target + " is reached through the eligibility check, a committee decision or funding.",
          List.of());
    }
    ApplicationBook.Application a = book.lock(id);
    book.move(a, target, note);
    return book.application(id);
  }

  /** Records a workshop of the accompaniment, within the accompaniment's length. */
  public Workshop workshop(long id, LocalDate heldOn, String topic, boolean attended) {
    ApplicationBook.Application a = book.lock(id);
    ApplicationBook.requireStatus(a, Status.ACCOMPANIMENT);
    CallService.Call call = calls.call(a.callId());
    LocalDate end = a.accompanimentFrom().plusMonths(call.accompanimentMonths());
    if (heldOn.isBefore(a.accompanimentFrom()) || heldOn.isAfter(end)) {
      throw new IcRefusal(
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
    book.application(id);
    return sql.query(
        "SELECT id, held_on, topic, attended FROM ic_workshop WHERE application_id = ?"
            + " ORDER BY held_on, id",
        rs ->
            new Workshop(
                rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getBoolean(4)),
        id);
  }
}
