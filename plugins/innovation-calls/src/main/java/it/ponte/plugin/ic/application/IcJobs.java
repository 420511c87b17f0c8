package it.ponte.plugin.ic.application;

import it.ponte.api.core.CandidateFacts;
import it.ponte.api.core.TenantSql;
import it.ponte.api.event.PlacementRecorded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The jobs and stages funded projects created, counted from the core's placements. */
@ApplicationScoped
@Transactional
public class IcJobs {

  @Inject TenantSql sql;

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
    sql.queryOne(
            "SELECT id FROM ic_application WHERE tax_code = ? AND status IN ('FUNDED', 'CONCLUDED')"
                + " ORDER BY submitted_at DESC LIMIT 1",
            rs -> rs.getLong(1),
            vat.get())
        .ifPresent(
            application ->
                sql.update(
                    "INSERT INTO ic_job (application_id, placement_id, candidate_id, start_date,"
                        + " kind) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    application,
                    placementId,
                    candidateId,
                    start,
                    kind));
  }

  /** The jobs counted for a candidate (the plugin's only link to a person). */
  public List<Map<String, Object>> export(long candidateId) {
    return sql.query(
        "SELECT application_id, placement_id, start_date FROM ic_job WHERE candidate_id = ?",
        rs -> {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("application", rs.getLong(1));
          m.put("placement", rs.getLong(2));
          m.put("startDate", rs.getObject(3, LocalDate.class).toString());
          return m;
        },
        candidateId);
  }

  /** Unlinks the person from the jobs counted; the counts stay. */
  public void erase(long candidateId) {
    sql.update("UPDATE ic_job SET candidate_id = NULL WHERE candidate_id = ?", candidateId);
  }
}
