package it.ponte.plugin.dul.application;

import it.ponte.api.core.CandidateFacts;
import it.ponte.api.event.PlacementRecorded;
import it.ponte.plugin.dul.domain.DoteStatus;
import it.ponte.plugin.dul.domain.DulRulebook;
import it.ponte.plugin.dul.domain.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
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

  @Inject DulRows rows;

  @Inject DulTerritory territory;

  @Inject DoteService doti;

  @Inject OperatorService operators;

  @Inject CandidateFacts candidates;

  /**
   * What a placement of a dote holder earns: the operator's result payment and the employer's
   * incentive, each with its amount (null when it does not qualify) and why.
   */
  public record Claim(
      long doteId,
      long placementId,
      String contract,
      BigDecimal amount,
      boolean qualifies,
      String reason,
      BigDecimal employerIncentive,
      String incentiveReason) {}

  /**
   * A placement of a candidate: with an active dote, computes the result claim once per placement
   * (a second delivery of the same event changes nothing); a qualifying one closes the dote as
   * placed and returns its booking to the operator as replacement budget.
   */
  public Optional<Claim> placed(PlacementRecorded placement) {
    long placementId = placement.placementId();
    long candidateId = placement.candidateId();
    long companyId = placement.companyId();
    String contract = placement.contract();
    LocalDate start = placement.startDate();
    LocalDate end = placement.endDate();
    Double hoursPerWeek =
        placement.hoursPerWeek() == null ? null : placement.hoursPerWeek().doubleValue();
    List<DoteService.Dote> active =
        doti.doti(candidateId).stream().filter(d -> d.status() == DoteStatus.ACTIVE).toList();
    if (active.isEmpty()) {
      return Optional.empty();
    }
    DoteService.Dote dote = active.get(0);
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
    int inserted =
        rows.update(
            "INSERT INTO dul_claim (dote_id, placement_id, contract, amount, qualifies, reason,"
                + " employer_incentive, incentive_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (placement_id) DO NOTHING",
            dote.id(),
            placementId,
            contract,
            claim.amount().orElse(null),
            claim.amount().isPresent(),
            claim.reason(),
            incentive.amount().orElse(null),
            incentive.reason());
    if (inserted == 1 && claim.amount().isPresent()) {
      operators.lock(dote.operatorId());
      rows.update(
          "UPDATE dul_dote SET status = 'PLACED', closed_on = ?, close_reason = 'placed' WHERE id = ?",
          start,
          dote.id());
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

  public List<Claim> claims(long doteId) {
    return rows.query(
        "SELECT dote_id, placement_id, contract, amount, qualifies, reason, employer_incentive,"
            + " incentive_reason FROM dul_claim WHERE dote_id = ? ORDER BY id",
        List.of(doteId),
        rs ->
            new Claim(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getBigDecimal(4),
                rs.getBoolean(5),
                rs.getString(6),
                rs.getBigDecimal(7),
                rs.getString(8)));
  }
}
