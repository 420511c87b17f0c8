package it.ponte.candidate.application;

import it.ponte.candidate.domain.Assessment;
import it.ponte.candidate.domain.Candidate;
import it.ponte.candidate.domain.CandidateRepository;
import it.ponte.candidate.domain.CandidateStatus;
import it.ponte.candidate.domain.Interview;
import it.ponte.candidate.domain.InterviewRepository;
import it.ponte.candidate.domain.OutOfProtocolReason;
import it.ponte.candidate.domain.PersonalData;
import it.ponte.identity.application.CallerContext;
import it.ponte.platform.application.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/** Registers candidates and moves them along their lifecycle, in the request's tenant. */
@ApplicationScoped
@Transactional
public class CandidateService {

  @Inject CandidateRepository candidates;

  @Inject InterviewRepository interviews;

  @Inject CallerContext caller;

  private final Clock clock = Clock.systemUTC();

  /** Registers a candidate whose data the caller has already checked against the territory. */
  public Candidate register(PersonalData data) {
    Candidate candidate = new Candidate(data, OffsetDateTime.now(clock), caller.actor());
    candidates.add(candidate);
    return candidate;
  }

  public Candidate get(long id) {
    return candidates.find(id).orElseThrow(() -> ProblemException.notFound("Candidate " + id));
  }

  public List<Candidate> list(CandidateStatus status, int offset, int limit) {
    return candidates.list(status, offset, limit);
  }

  public long count(CandidateStatus status) {
    return candidates.count(status);
  }

  /**
   * Moves a candidate to another status.
   *
   * @param expectedVersion the version the caller last read, or null not to check it
   * @throws it.ponte.candidate.domain.IllegalTransitionException if the move is not allowed
   * @throws ProblemException 409 if the candidate changed since the caller read it
   */
  public Candidate move(
      long id, Long expectedVersion, CandidateStatus target, OutOfProtocolReason reason) {
    Candidate candidate = get(id);
    if (expectedVersion != null && expectedVersion != candidate.version()) {
      throw ProblemException.conflict(
          "stale-version",
          "Candidate "
              + id
              + " is at version "
              + candidate.version()
              + ", not "
              + expectedVersion
              + ": someone changed it since you read it. Read it again.");
    }
    candidate.moveTo(target, reason, OffsetDateTime.now(clock));
    candidates.flush();
    return candidate;
  }

  /** Schedules an interview with a candidate of this tenant. */
  public Interview scheduleInterview(long candidateId, OffsetDateTime at) {
    get(candidateId);
    Interview interview = new Interview(candidateId, at);
    interviews.add(interview);
    return interview;
  }

  /**
   * Records an interview's assessment; the first completed interview assesses a registered or
   * readmitted candidate.
   *
   * @throws ProblemException 409 if the interview was already completed
   */
  public Interview completeInterview(long candidateId, long interviewId, Assessment assessment) {
    Candidate candidate = get(candidateId);
    Interview interview =
        interviews
            .find(candidateId, interviewId)
            .orElseThrow(() -> ProblemException.notFound("Interview " + interviewId));
    OffsetDateTime now = OffsetDateTime.now(clock);
    try {
      interview.complete(assessment, now, caller.actor());
    } catch (IllegalStateException e) {
      throw ProblemException.conflict("interview-completed", e.getMessage() + ".");
    }
    candidate.interviewed(now);
    candidates.flush();
    return interview;
  }

  /** A candidate's interviews, by scheduled time. */
  public List<Interview> interviews(long candidateId) {
    get(candidateId);
    return interviews.ofCandidate(candidateId);
  }
}
