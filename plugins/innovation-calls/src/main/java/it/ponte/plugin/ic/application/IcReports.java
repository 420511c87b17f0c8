package it.ponte.plugin.ic.application;

import it.ponte.api.core.Money;
import it.ponte.api.core.TenantSql;
import it.ponte.api.plugin.ReportContributor;
import it.ponte.plugin.ic.domain.Status;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** The calls' report figures, in the terms of the Bologna example. */
@ApplicationScoped
@Transactional
public class IcReports {

  @Inject TenantSql sql;

  @Inject IcTerritory territory;

  /**
   * Figures of the applications submitted in a period (all time when null): counts per state, in
   * the terms of DOMAIN.md's Bologna example, money approved and disbursed, stages and jobs.
   */
  public Map<String, Number> figures(ReportContributor.Period period) {
    Instant from =
        period == null ? Instant.EPOCH : period.from().atStartOfDay(territory.zone()).toInstant();
    Instant to =
        period == null
            ? Instant.parse("9999-12-31T00:00:00Z")
            : period.to().plusDays(1).atStartOfDay(territory.zone()).toInstant();
    String where = " FROM ic_application a WHERE a.submitted_at >= ? AND a.submitted_at < ?";
    Map<String, Long> byStatus = new LinkedHashMap<>();
    for (Status s : Status.values()) {
      byStatus.put(s.name(), 0L);
    }
    for (Object[] row :
        sql.query(
            "SELECT a.status, count(*)" + where + " GROUP BY a.status",
            rs -> new Object[] {rs.getString(1), rs.getLong(2)},
            OffsetDateTime.ofInstant(from, territory.zone()),
            OffsetDateTime.ofInstant(to, territory.zone()))) {
      byStatus.put((String) row[0], (Long) row[1]);
    }
    long withdrawnFromAccompaniment =
        sql.query(
                "SELECT count(*)"
                    + where
                    + " AND a.status = 'WITHDRAWN' AND EXISTS (SELECT 1 FROM ic_transition t"
                    + " WHERE t.application_id = a.id AND t.to_status = 'WITHDRAWN'"
                    + " AND t.from_status IN ('ACCOMPANIMENT', 'PITCH'))",
                rs -> rs.getLong(1),
                OffsetDateTime.ofInstant(from, territory.zone()),
                OffsetDateTime.ofInstant(to, territory.zone()))
            .get(0);
    Object[] money =
        sql.query(
                "SELECT coalesce(sum(a.approved), 0),"
                    + " coalesce(sum((SELECT sum(d.amount) FROM ic_disbursement d WHERE d.application_id = a.id)), 0),"
                    + " coalesce(sum((SELECT count(*) FROM ic_job j WHERE j.application_id = a.id"
                    + "   AND j.kind = 'STAGE')), 0),"
                    + " coalesce(sum((SELECT count(*) FROM ic_job j WHERE j.application_id = a.id"
                    + "   AND j.kind = 'JOB')), 0)"
                    + where,
                rs ->
                    new Object[] {
                      rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getLong(3), rs.getLong(4)
                    },
                OffsetDateTime.ofInstant(from, territory.zone()),
                OffsetDateTime.ofInstant(to, territory.zone()))
            .get(0);
    long all = byStatus.values().stream().mapToLong(Long::longValue).sum();
    long rejected = byStatus.get("INELIGIBLE") + byStatus.get("REJECTED");
    // "Selected" as Bologna uses the word: admitted to accompaniment after the eligibility check.
    long admitted =
        sql.query(
                "SELECT count(*)" + where + " AND a.accompaniment_from IS NOT NULL",
                rs -> rs.getLong(1),
                OffsetDateTime.ofInstant(from, territory.zone()),
                OffsetDateTime.ofInstant(to, territory.zone()))
            .get(0);
    Map<String, Number> f = new LinkedHashMap<>();
    f.put("applications", all);
    f.put("rejected", rejected);
    f.put("selected", admitted);
    f.put("submitted, not yet checked", byStatus.get("SUBMITTED"));
    f.put(
        "in accompaniment",
        byStatus.get("ACCOMPANIMENT") + byStatus.get("PITCH") + byStatus.get("EVALUATION"));
    f.put("evaluated positively", byStatus.get("SELECTED"));
    f.put("concluded and funded", byStatus.get("FUNDED") + byStatus.get("CONCLUDED"));
    f.put("withdrawn", byStatus.get("WITHDRAWN"));
    f.put("withdrawn during accompaniment", withdrawnFromAccompaniment);
    f.put("stand-by", byStatus.get("STAND_BY"));
    f.put("approved EUR", Money.euro((BigDecimal) money[0]));
    f.put("disbursed EUR", Money.euro((BigDecimal) money[1]));
    f.put("stages activated", (Long) money[2]);
    f.put("jobs created", (Long) money[3]);
    return f;
  }
}
