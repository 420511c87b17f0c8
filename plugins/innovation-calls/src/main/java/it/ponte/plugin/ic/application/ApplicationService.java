package it.ponte.plugin.ic.application;

import it.ponte.api.core.ItalianIds;
import it.ponte.plugin.ic.domain.Application;
import it.ponte.plugin.ic.domain.Call;
import it.ponte.plugin.ic.domain.CallWindow;
import it.ponte.plugin.ic.domain.Status;
import it.ponte.plugin.ic.domain.Submission;
import it.ponte.plugin.ic.domain.Workshop;
import it.ponte.plugin.ic.infrastructure.ApplicationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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

  @Inject ApplicationRepository repository;

  @Inject IcTerritory territory;

  @Inject CallService calls;

  @Inject ApplicationBook book;

  /** Submits an application; refused once the call closed (its local time in the territory). */
  public Application submit(long callId, Submission s) {
    Call call = calls.call(callId);
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
    long id =
        repository
            .insert(callId, s, Status.SUBMITTED, null)
            .orElseThrow(
                () ->
                    new IcRefusal(
                        409,
                        "already-applied",
                        s.organisation() + " has already applied to this call.",
                        List.of()));
    book.record(id, null, Status.SUBMITTED, null);
    return book.application(id);
  }

  /** The eligibility check: ACCOMPANIMENT when eligible, INELIGIBLE with every reason otherwise. */
  public Application checkEligibility(long id) {
    Application a = book.lock(id);
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
      repository.accompanimentFrom(id, territory.today());
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
  public Application advance(long id, Status target, String note) {
    if (!Set.of(Status.PITCH, Status.EVALUATION, Status.WITHDRAWN, Status.CONCLUDED)
        .contains(target)) {
      throw new IcRefusal(
          422,
          "wrong-operation",
          target + " is reached through the eligibility check, a committee decision or funding.",
          List.of());
    }
    Application a = book.lock(id);
    book.move(a, target, note);
    return book.application(id);
  }

  /** Records a workshop of the accompaniment, within the accompaniment's length. */
  public Workshop workshop(long id, LocalDate heldOn, String topic, boolean attended) {
    Application a = book.lock(id);
    ApplicationBook.requireStatus(a, Status.ACCOMPANIMENT);
    Call call = calls.call(a.callId());
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
    return repository.addWorkshop(id, heldOn, topic, attended);
  }

  public List<Workshop> workshops(long id) {
    book.application(id);
    return repository.workshops(id);
  }
}
