package it.ponte.plugin.ic.application;

import it.ponte.api.core.CandidateFacts;
import it.ponte.api.event.PlacementRecorded;
import it.ponte.plugin.ic.infrastructure.JobRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The jobs and stages funded projects created, counted from the core's placements. */
@ApplicationScoped
@Transactional
public class IcJobs {

  @Inject JobRepository jobs;

  @Inject CandidateFacts facts;

  /**
   * A placement recorded in the core at a company whose partita IVA is that of an organisation with
   * a funded project. A hiring with a contract (assunzione) or a self-employment is a job that
   * project created - one per person, not a renewal or an extension; a stage or tirocinio is a
   * stage it activated. Each placement counts once, however often the event arrives.
   */
  public void placed(PlacementRecorded placement) {
    String kind;
    String type = placement.placementType();
    if ("STAGE".equals(type) || "TIROCINIO".equals(type)) {
      kind = "STAGE";
    } else if (placement.isNewJob()) {
      kind = "JOB";
    } else {
      return;
    }
    long placementId = placement.placementId();
    long candidateId = placement.candidateId();
    long companyId = placement.companyId();
    LocalDate start = placement.startDate();
    Optional<String> vat = facts.company(companyId).map(CandidateFacts.Company::vatNumber);
    if (vat.isEmpty()) {
      return;
    }
    jobs.fundedProjectOf(vat.get())
        .ifPresent(
            application ->
                jobs.add(
                    new JobRepository.Job(application, placementId, candidateId, start, kind)));
  }

  /** The jobs counted for a candidate (the plugin's only link to a person). */
  public List<Map<String, Object>> export(long candidateId) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (JobRepository.Job job : jobs.ofCandidate(candidateId)) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("application", job.applicationId());
      m.put("placement", job.placementId());
      m.put("startDate", job.startDate().toString());
      out.add(m);
    }
    return out;
  }

  /** Unlinks the person from the jobs counted; the counts stay. */
  public void erase(long candidateId) {
    jobs.forgetCandidate(candidateId);
  }
}
