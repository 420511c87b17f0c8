package it.ponte.plugin.dul.application;

import it.ponte.api.core.CandidateFacts;
import it.ponte.api.event.PlacementRecorded;
import it.ponte.plugin.dul.domain.Dote;
import it.ponte.plugin.dul.domain.DoteStatus;
import it.ponte.plugin.dul.domain.DulRulebook;
import it.ponte.plugin.dul.domain.Person;
import it.ponte.plugin.dul.domain.ResultClaim;
import it.ponte.plugin.dul.infrastructure.ClaimRepository;
import it.ponte.plugin.dul.infrastructure.DoteRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The result claims of dote holders' placements: the operator's result payment and the employer's
 * incentive, computed once per placement from the core's placement.recorded events.
 */
@ApplicationScoped
@Transactional
public class ClaimService {

  @Inject ClaimRepository claims;

  @Inject DoteRepository dotes;

  @Inject DulTerritory territory;

  @Inject DoteService doti;

  @Inject OperatorService operators;

  @Inject CandidateFacts candidates;

  /**
   * A placement of a candidate: with an active dote, computes the result claim once per placement
   * (a second delivery of the same event changes nothing); a qualifying one closes the dote as
   * placed and returns its booking to the operator as replacement budget.
   */
  public Optional<ResultClaim> placed(PlacementRecorded placement) {
    long placementId = placement.placementId();
    long candidateId = placement.candidateId();
    long companyId = placement.companyId();
    String contract = placement.contract();
    LocalDate start = placement.startDate();
    LocalDate end = placement.endDate();
    Double hoursPerWeek =
        placement.hoursPerWeek() == null ? null : placement.hoursPerWeek().doubleValue();
    List<Dote> active =
        doti.doti(candidateId).stream().filter(d -> d.status() == DoteStatus.ACTIVE).toList();
    if (active.isEmpty()) {
      return Optional.empty();
    }
    Dote dote = active.get(0);
    DulRulebook rules = territory.rules();
    DulRulebook.Claim claim = rules.resultPayment(dote.fascia(), contract, start, end);
    DulRulebook.Claim incentive =
        candidates
            .candidate(candidateId)
            .map(
                c ->
                    rules.employerIncentive(
                        new Person(
                            c.birthDate(),
                            c.gender(),
                            c.education(),
                            c.employmentStatus(),
                            c.didDate(),
                            true,
                            true,
                            null),
                        start,
                        contract,
                        end,
                        hoursPerWeek,
                        candidates
                            .company(companyId)
                            .map(CandidateFacts.Company::size)
                            .orElse(null)))
            .orElse(new DulRulebook.Claim(Optional.empty(), "the candidate's record was erased"));
    boolean inserted =
        claims.insert(
            new ResultClaim(
                dote.id(),
                placementId,
                contract,
                claim.amount().orElse(null),
                claim.amount().isPresent(),
                claim.reason(),
                incentive.amount().orElse(null),
                incentive.reason()));
    if (inserted && claim.amount().isPresent()) {
      operators.lock(dote.operatorId());
      dotes.close(dote.id(), DoteStatus.PLACED, start, "placed");
      if (dote.booked().signum() > 0) {
        operators.entry(
            dote.operatorId(),
            "REPLACEMENT",
            dote.booked(),
            dote.id(),
            "placement " + placementId,
            "dote-unica-lavoro");
      }
    }
    return claims(dote.id()).stream().filter(c -> c.placementId() == placementId).findFirst();
  }

  public List<ResultClaim> claims(long doteId) {
    return claims.ofDote(doteId);
  }
}
