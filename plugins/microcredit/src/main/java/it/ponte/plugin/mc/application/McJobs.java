package it.ponte.plugin.mc.application;

import it.ponte.api.core.CandidateFacts;
import it.ponte.api.event.PlacementRecorded;
import it.ponte.plugin.mc.domain.Job;
import it.ponte.plugin.mc.infrastructure.JobRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The jobs business loans created, counted from the core's placements. */
@ApplicationScoped
@Transactional
public class McJobs {

  @Inject JobRepository jobs;

  @Inject McTerritory territory;

  @Inject LoanBook loans;

  @Inject CandidateFacts candidates;

  /**
   * A placement recorded in the core. It is a job a business loan created when it is a hiring with
   * a contract (assunzione) or a self-employment - not a renewal or an extension - either at the
   * borrowing organisation (the company's partita IVA is the loan's tax code) or, for a person who
   * borrowed, their own self-employment; and when it starts on or after the loan's first
   * disbursement. One per person and loan; each placement counts once, however often the event
   * arrives.
   */
  public void placed(PlacementRecorded placement) {
    if (!placement.isNewJob()) {
      return;
    }
    boolean selfEmployed = "SELF_EMPLOYMENT".equals(placement.placementType());
    long placementId = placement.placementId();
    long candidateId = placement.candidateId();
    long companyId = placement.companyId();
    LocalDate start = placement.startDate();
    String vat = candidates.company(companyId).map(CandidateFacts.Company::vatNumber).orElse(null);
    jobs.fundingLoan(vat, candidateId, selfEmployed, start)
        .ifPresent(loan -> jobs.add(new Job(loan, placementId, candidateId, start)));
  }

  /** The jobs a loan's funded activity created, oldest first. */
  public List<Job> jobs(long loanId) {
    loans.loan(loanId, territory.today());
    return jobs.ofLoan(loanId);
  }

  /** The jobs counted for a person (hired by a borrower, or self-employed with a loan). */
  public List<Map<String, Object>> jobsOf(long candidateId) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Job job : jobs.ofCandidate(candidateId)) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("loanId", job.loanId());
      m.put("placementId", job.placementId());
      m.put("startDate", job.startDate().toString());
      out.add(m);
    }
    return out;
  }

  /** Keeps the jobs counted for a person, without the person. */
  void forget(long candidateId) {
    jobs.forgetCandidate(candidateId);
  }
}
