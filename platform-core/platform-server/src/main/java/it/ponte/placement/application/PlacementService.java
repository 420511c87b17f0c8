package it.ponte.placement.application;

import it.ponte.api.event.PlacementRecorded;
import it.ponte.candidate.application.CandidateService;
import it.ponte.candidate.domain.Candidate;
import it.ponte.candidate.domain.CandidateStatus;
import it.ponte.company.application.CompanyService;
import it.ponte.company.domain.Vacancy;
import it.ponte.events.application.DomainEvents;
import it.ponte.identity.application.CallerContext;
import it.ponte.placement.domain.Placement;
import it.ponte.placement.domain.PlacementLink;
import it.ponte.placement.domain.PlacementRepository;
import it.ponte.placement.domain.PlacementTerms;
import it.ponte.placement.domain.PlacementType;
import it.ponte.platform.application.ProblemException;
import it.ponte.platform.domain.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;

/** Records placements in the request's tenant. */
@ApplicationScoped
@Transactional
public class PlacementService {

  @Inject PlacementRepository placements;

  @Inject CandidateService candidates;

  @Inject CompanyService companies;

  @Inject it.ponte.matching.application.SelectionService selections;

  @Inject CallerContext caller;

  @Inject DomainEvents events;

  /**
   * Records a placement; a candidate IN_PROTOCOL becomes PLACED.
   *
   * @param previousId the placement this one follows, with {@code link}; both or neither
   * @throws ProblemException 422 for inconsistent terms, 409 if the candidate cannot be placed now
   */
  public Placement record(PlacementTerms terms, Long previousId, PlacementLink link) {
    Candidate candidate = candidates.get(terms.candidateId());
    if (candidate.erased()) {
      throw ProblemException.notFound("Candidate " + terms.candidateId());
    }
    companies.get(terms.companyId());
    if (terms.vacancyId() != null) {
      Vacancy vacancy = companies.vacancy(terms.vacancyId());
      if (vacancy.companyId() != terms.companyId()) {
        throw ProblemException.validation(
            List.of(new FieldError("/vacancyId", "is a vacancy of another company")));
      }
    }
    CandidateStatus status = candidate.status();
    if (status != CandidateStatus.PLACED && !status.canMoveTo(CandidateStatus.PLACED)) {
      throw ProblemException.conflict(
          "candidate-not-in-protocol",
          "Candidate "
              + candidate.id()
              + " is "
              + status
              + ": placements are recorded for candidates IN_PROTOCOL or already PLACED.");
    }
    OffsetDateTime now = OffsetDateTime.now();
    Placement placement = new Placement(terms, now, caller.actor());
    if (previousId != null) {
      Placement previous =
          placements
              .find(previousId)
              .orElseThrow(
                  () ->
                      ProblemException.validation(
                          List.of(new FieldError("/previousId", "is not a placement here"))));
      try {
        placement.follows(previous, link);
      } catch (IllegalArgumentException e) {
        throw ProblemException.validation(List.of(new FieldError("/link", e.getMessage())));
      }
    }
    placements.add(placement);
    if (status != CandidateStatus.PLACED) {
      candidate.moveTo(CandidateStatus.PLACED, null, now);
    }
    if (terms.vacancyId() != null) {
      selections.placed(terms.vacancyId(), terms.candidateId(), placement.id());
    }
    events.publish(recorded(placement));
    return placement;
  }

  /** What the {@code placement.recorded} event tells plugins about a placement. */
  public static PlacementRecorded recorded(Placement placement) {
    return new PlacementRecorded(
        placement.id(),
        placement.candidateId(),
        placement.companyId(),
        placement.type().name(),
        placement.contract() == null ? null : placement.contract().name(),
        placement.startDate(),
        placement.endDate(),
        placement.hoursPerWeek(),
        placement.link() == null ? null : placement.link().name(),
        placement.link() == null ? null : placement.previousId());
  }

  public Placement get(long id) {
    return placements.find(id).orElseThrow(() -> ProblemException.notFound("Placement " + id));
  }

  public List<Placement> list(Long candidateId, PlacementType type, int offset, int limit) {
    return placements.list(candidateId, type, offset, limit);
  }

  public long count(Long candidateId, PlacementType type) {
    return placements.count(candidateId, type);
  }
}
