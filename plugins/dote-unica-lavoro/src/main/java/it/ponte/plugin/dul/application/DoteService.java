package it.ponte.plugin.dul.application;

import it.ponte.api.core.CandidateFacts;
import it.ponte.plugin.dul.domain.Dote;
import it.ponte.plugin.dul.domain.DoteStatus;
import it.ponte.plugin.dul.domain.DulRulebook;
import it.ponte.plugin.dul.domain.DulRules;
import it.ponte.plugin.dul.domain.Operator;
import it.ponte.plugin.dul.domain.Person;
import it.ponte.plugin.dul.infrastructure.DoteRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Doti in the request's tenant: eligibility and profiling at assignment, the PIP booked against the
 * operator's budget, services delivered, renunciation and expiry.
 */
@ApplicationScoped
@Transactional
public class DoteService {

  @Inject DoteRepository repository;

  @Inject DulTerritory territory;

  @Inject OperatorService operators;

  @Inject CandidateFacts candidates;

  /** The inputs the operator records beyond the core's facts. */
  public record Inputs(
      boolean residentInLombardy, boolean serviceAgreementSigned, LocalDate naspiSince) {}

  /**
   * Assigns a dote: checks eligibility (422 with every reason), profiles the person and opens the
   * dote for the fascia's duration. One active dote per person (409 otherwise).
   */
  public Dote assign(long candidateId, long operatorId, Inputs inputs) {
    operators.requireOperator(operatorId);
    CandidateFacts.Candidate c =
        candidates
            .candidate(candidateId)
            .orElseThrow(
                () ->
                    new DulRefusal(
                        404,
                        "not-found",
                        "Candidate " + candidateId + " was not found.",
                        List.of()));
    Person person = person(c, inputs);
    DulRules config = territory.config();
    DulRulebook rules = new DulRulebook(config);
    LocalDate today = territory.today();
    List<String> reasons = rules.ineligibility(person, today);
    if (!reasons.isEmpty()) {
      throw new DulRefusal(
          422, "not-eligible", "The candidate is not eligible for a dote.", reasons);
    }
    DulRulebook.Profile profile = rules.profile(person, today);
    String contributions =
        profile.contributions().stream()
            .map(x -> x.variable() + "=" + x.value() + ":" + x.points())
            .collect(Collectors.joining(";"));
    long id =
        repository
            .insert(
                new DoteRepository.Opening(
                    candidateId,
                    operatorId,
                    config.phase(),
                    profile.score(),
                    profile.fascia().fascia(),
                    profile.fascia().maxValue(),
                    today,
                    today.plusMonths(profile.fascia().months()).minusDays(1),
                    contributions))
            .orElseThrow(
                () ->
                    new DulRefusal(
                        409,
                        "dote-active",
                        "Candidate " + candidateId + " already has an active dote.",
                        List.of()));
    return dote(id);
  }

  /**
   * Why a person could not have a dote today; empty when they could. Asks without refusing, for
   * callers that choose among people (the demo data).
   */
  List<String> ineligibility(long candidateId, Inputs inputs) {
    return candidates
        .candidate(candidateId)
        .map(c -> territory.rules().ineligibility(person(c, inputs), territory.today()))
        .orElse(List.of("no such candidate"));
  }

  private static Person person(CandidateFacts.Candidate c, Inputs inputs) {
    return new Person(
        c.birthDate(),
        c.gender(),
        c.education(),
        c.employmentStatus(),
        c.didDate(),
        inputs.residentInLombardy(),
        inputs.serviceAgreementSigned(),
        inputs.naspiSince());
  }

  /**
   * Sets the dote's PIP: its total must fit the fascia's maximum and the operator's available
   * budget (with the configured overbooking). Replacing a plan releases the previous booking.
   */
  public Dote plan(long doteId, List<DulRulebook.PlanLine> lines, String actor) {
    Dote dote = dote(doteId);
    if (dote.status() != DoteStatus.ACTIVE) {
      throw new DulRefusal(
          409, "dote-closed", "Dote " + doteId + " is " + dote.status() + ".", List.of());
    }
    Operator operator = operators.lock(dote.operatorId());
    BigDecimal available = operator.available().add(dote.booked());
    DulRules config = territory.config();
    // The dote keeps the maximum of its fascia at assignment, whatever the configuration says now.
    DulRules.Fascia fascia = new DulRules.Fascia(dote.fascia(), "", 0, dote.maxValue(), 0);
    DulRulebook.PlanCheck check =
        new DulRulebook(config).checkPlan(lines, fascia, available, operator.ceiling());
    if (!check.problems().isEmpty()) {
      throw new DulRefusal(422, "plan-refused", "The plan cannot be accepted.", check.problems());
    }
    List<Dote.PlanLine> plan =
        lines.stream()
            .map(
                line ->
                    new Dote.PlanLine(
                        line.serviceCode(),
                        line.quantity(),
                        config
                            .service(line.serviceCode())
                            .orElseThrow()
                            .unitCost()
                            .multiply(line.quantity())))
            .toList();
    if (dote.booked().signum() > 0) {
      operators.entry(dote.operatorId(), "RELEASED", dote.booked(), doteId, "plan replaced", actor);
    }
    operators.entry(dote.operatorId(), "BOOKED", check.total().negate(), doteId, "plan", actor);
    repository.replacePlan(doteId, plan, check.total());
    return dote(doteId);
  }

  /** The person renounces: the dote closes and its booking returns to the operator. */
  public Dote renounce(long doteId, String actor) {
    Dote dote = dote(doteId);
    if (dote.status() != DoteStatus.ACTIVE) {
      throw new DulRefusal(
          409, "dote-closed", "Dote " + doteId + " is " + dote.status() + ".", List.of());
    }
    operators.lock(dote.operatorId());
    if (dote.booked().signum() > 0) {
      operators.entry(dote.operatorId(), "RELEASED", dote.booked(), doteId, "renounced", actor);
    }
    repository.close(doteId, DoteStatus.RENOUNCED, territory.today(), "renounced");
    return dote(doteId);
  }

  /**
   * Closes the active doti whose end passed (today in the territory's time zone); their bookings
   * return to the operators. Safe to run again: a closed dote is not touched.
   *
   * @return how many doti were closed
   */
  public int expireDue(String actor) {
    LocalDate today = territory.today();
    List<Dote> due = repository.activeEndingBefore(today);
    for (Dote dote : due) {
      operators.lock(dote.operatorId());
      if (dote.booked().signum() > 0) {
        operators.entry(dote.operatorId(), "RELEASED", dote.booked(), dote.id(), "expired", actor);
      }
      repository.close(dote.id(), DoteStatus.EXPIRED, today, "expired");
    }
    return due.size();
  }

  public Dote dote(long id) {
    return repository
        .find(id)
        .orElseThrow(
            () -> new DulRefusal(404, "not-found", "Dote " + id + " was not found.", List.of()));
  }

  /** Doti of one candidate, or of everyone when null. */
  public List<Dote> doti(Long candidateId) {
    return candidateId == null ? repository.all() : repository.ofCandidate(candidateId);
  }
}
