package it.ponte.matching.application;

import it.ponte.candidate.application.CandidateService;
import it.ponte.candidate.domain.Candidate;
import it.ponte.candidate.domain.CandidateStatus;
import it.ponte.company.application.CompanyService;
import it.ponte.company.domain.Vacancy;
import it.ponte.identity.application.CallerContext;
import it.ponte.matching.domain.CandidateProfile;
import it.ponte.matching.domain.Match;
import it.ponte.matching.domain.Matcher;
import it.ponte.matching.domain.Selection;
import it.ponte.matching.domain.SelectionRepository;
import it.ponte.matching.domain.SelectionStage;
import it.ponte.platform.application.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/** Ranks candidates for vacancies and runs the selections, in the request's tenant. */
@ApplicationScoped
@Transactional
public class SelectionService {

  /** The best matches first; equal scores by candidate id, so pages are stable. */
  static final Comparator<Match> RANKING =
      Comparator.comparingInt(Match::score).reversed().thenComparingLong(m -> m.candidate().id());

  @Inject SelectionRepository selections;

  @Inject CompanyService companies;

  @Inject CandidateService candidates;

  @Inject CallerContext caller;

  @Inject it.ponte.audit.application.AuditTrail audit;

  /**
   * The ranking of a vacancy's candidates.
   *
   * @param considered candidates in protocol that passed the mandatory requirements
   */
  public record Ranking(Vacancy vacancy, long considered, List<Match> top) {}

  /** Ranks the candidates in protocol for a vacancy, best first. */
  public Ranking matches(long vacancyId, Map<String, Integer> weights, int limit) {
    Vacancy vacancy = companies.vacancy(vacancyId);
    Matcher matcher = new Matcher(vacancy.details(), weights);
    // Scores alone for everyone, kept in a heap of the best `limit`; explanations for those only.
    // The heap is entered only by a candidate better than its worst, and compares without boxing.
    record Scored(int score, CandidateProfile candidate) {}
    Comparator<Scored> worstFirst =
        (x, y) ->
            x.score() != y.score()
                ? Integer.compare(x.score(), y.score())
                : Long.compare(y.candidate().id(), x.candidate().id());
    PriorityQueue<Scored> best = new PriorityQueue<>(Math.max(1, limit) + 1, worstFirst);
    long[] considered = {0};
    selections.scanCandidatesFor(
        vacancyId,
        vacancy.details(),
        candidate -> {
          int score = matcher.quickScore(candidate);
          if (score < 0) {
            return;
          }
          considered[0]++;
          if (best.size() < limit) {
            best.add(new Scored(score, candidate));
          } else if (limit > 0) {
            Scored worst = best.peek();
            if (score > worst.score()
                || (score == worst.score() && candidate.id() < worst.candidate().id())) {
              best.poll();
              best.add(new Scored(score, candidate));
            }
          }
        });
    List<Match> top =
        selections.withNames(best.stream().map(Scored::candidate).toList()).stream()
            .map(c -> matcher.score(c).orElseThrow())
            .sorted(RANKING)
            .toList();
    audit.listRead(
        java.util.Set.of("list=matches", "vacancy=" + vacancyId, "limit=" + limit), top.size());
    return new Ranking(vacancy, considered[0], top);
  }

  /** Puts a candidate in protocol forward for a vacancy that still takes candidates. */
  public Selection propose(
      long vacancyId, long candidateId, Selection.ProposedBy by, Integer score) {
    Vacancy vacancy = companies.vacancy(vacancyId);
    Candidate candidate = candidates.get(candidateId);
    if (candidate.erased()) {
      throw ProblemException.notFound("Candidate " + candidateId);
    }
    if (!vacancy.acceptsCandidates()) {
      throw ProblemException.conflict(
          "vacancy-not-open",
          "Vacancy " + vacancyId + " is " + vacancy.status() + ": it takes no more candidates.");
    }
    if (candidate.status() != CandidateStatus.IN_PROTOCOL) {
      throw ProblemException.conflict(
          "candidate-not-in-protocol",
          "Candidate "
              + candidateId
              + " is "
              + candidate.status()
              + ": only candidates IN_PROTOCOL are proposed to companies.");
    }
    if (selections.exists(vacancyId, candidateId)) {
      throw ProblemException.conflict(
          "already-selected",
          "Candidate "
              + candidateId
              + " is already in the selection of vacancy "
              + vacancyId
              + ".");
    }
    Selection selection =
        new Selection(vacancyId, candidateId, by, score, OffsetDateTime.now(), caller.actor());
    selections.add(selection);
    vacancy.selectionStarted();
    return selection;
  }

  /** Proposes the best {@code count} matches of a vacancy, with their scores. */
  public List<Selection> proposeTopMatches(
      long vacancyId, Map<String, Integer> weights, int count) {
    return matches(vacancyId, weights, count).top().stream()
        .map(m -> propose(vacancyId, m.candidate().id(), Selection.ProposedBy.MATCHING, m.score()))
        .toList();
  }

  /**
   * Moves a selection on; when the vacancy's hires reach its positions, the vacancy is filled.
   *
   * @param expectedVersion the version last read, or null not to check it
   */
  public Selection move(long id, Long expectedVersion, SelectionStage target) {
    Selection selection =
        selections.find(id).orElseThrow(() -> ProblemException.notFound("Selection " + id));
    ProblemException.requireVersion("Selection " + id, selection.version(), expectedVersion);
    if (target == SelectionStage.CV_SENT
        && !candidates
            .activePurposes(selection.candidateId())
            .contains(it.ponte.candidate.domain.ConsentPurpose.SHARING_WITH_COMPANIES)) {
      throw new ProblemException(
          422,
          "consent-missing",
          "Consent missing",
          "The person has not consented to sharing their CV and profile with companies"
              + " (SHARING_WITH_COMPANIES), or withdrew it: the CV cannot be sent.");
    }
    try {
      selection.moveTo(target, OffsetDateTime.now());
    } catch (IllegalStateException e) {
      throw ProblemException.conflict("illegal-transition", e.getMessage());
    }
    selections.flush();
    if (target == SelectionStage.HIRED) {
      fillWhenHired(selection.vacancyId());
    }
    return selection;
  }

  /** A vacancy whose hires reach its positions is filled. */
  private void fillWhenHired(long vacancyId) {
    Vacancy vacancy = companies.vacancy(vacancyId);
    if (selections.countHired(vacancyId) >= vacancy.details().positions()) {
      vacancy.filled();
    }
  }

  /**
   * A placement was recorded for a person in a vacancy: their selection there, if any, points to
   * it. A selection still under way becomes a hiring (the placement proves it), and the vacancy
   * fills when its hires reach its positions; a refused or rejected one is left as it is.
   */
  public void placed(long vacancyId, long candidateId, long placementId) {
    Selection selection = selections.find(vacancyId, candidateId).orElse(null);
    if (selection == null || selection.placementId() != null) {
      return;
    }
    if (selection.stage() != SelectionStage.HIRED) {
      if (selection.stage().next().isEmpty()) {
        return; // refused or rejected: the placement came another way
      }
      selection.hiredWithPlacement(OffsetDateTime.now());
      selections.flush();
      fillWhenHired(vacancyId);
    }
    selection.produced(placementId);
    selections.flush();
  }

  public Selection get(long id) {
    return selections.find(id).orElseThrow(() -> ProblemException.notFound("Selection " + id));
  }

  public List<Selection> ofVacancy(long vacancyId) {
    companies.vacancy(vacancyId);
    List<Selection> list = selections.ofVacancy(vacancyId);
    audit.listRead(java.util.Set.of("list=selections", "vacancy=" + vacancyId), list.size());
    return list;
  }

  public List<Selection> ofCandidate(long candidateId) {
    candidates.get(candidateId);
    return selections.ofCandidate(candidateId);
  }
}
