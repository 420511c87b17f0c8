package it.ponte.plugin.ic.application;

import it.ponte.api.core.Money;
import it.ponte.api.plugin.ReportContributor;
import it.ponte.plugin.ic.domain.Status;
import it.ponte.plugin.ic.infrastructure.IcReportQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** The calls' report figures, in the terms of the Bologna example. */
@ApplicationScoped
@Transactional
public class IcReports {

  @Inject IcReportQueries queries;

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
    OffsetDateTime start = OffsetDateTime.ofInstant(from, territory.zone());
    OffsetDateTime end = OffsetDateTime.ofInstant(to, territory.zone());
    Map<String, Long> byStatus = new LinkedHashMap<>();
    for (Status s : Status.values()) {
      byStatus.put(s.name(), 0L);
    }
    byStatus.putAll(queries.byStatus(start, end));
    long withdrawnFromAccompaniment = queries.withdrawnDuringAccompaniment(start, end);
    IcReportQueries.Outcomes money = queries.outcomes(start, end);
    long all = byStatus.values().stream().mapToLong(Long::longValue).sum();
    long rejected = byStatus.get("INELIGIBLE") + byStatus.get("REJECTED");
    // "Selected" as Bologna uses the word: admitted to accompaniment after the eligibility check.
    long admitted = queries.admitted(start, end);
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
    f.put("approved EUR", Money.euro(money.approved()));
    f.put("disbursed EUR", Money.euro(money.disbursed()));
    f.put("stages activated", money.stages());
    f.put("jobs created", money.jobs());
    return f;
  }
}
