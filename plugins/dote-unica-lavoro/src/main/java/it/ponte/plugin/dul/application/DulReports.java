package it.ponte.plugin.dul.application;

import it.ponte.plugin.dul.infrastructure.DulReportQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Dote Unica Lavoro's report figures: doti by fascia and status, placement rates, claims, budgets.
 */
@ApplicationScoped
@Transactional
public class DulReports {

  @Inject DulReportQueries queries;

  @Inject DulTerritory territory;

  @Inject OperatorService operators;

  /** Doti by fascia and status now (all time). */
  public Map<String, Long> counts() {
    return counts(null, null);
  }

  /**
   * Doti by fascia and status as at the period's end (doti opened by then; a dote closed later was
   * still active then); all doti as they are now when the period is null.
   */
  public Map<String, Long> counts(LocalDate from, LocalDate to) {
    LocalDate end = to == null ? LocalDate.of(9999, 12, 31) : to;
    Map<String, Long> counts = new LinkedHashMap<>();
    for (DulReportQueries.FasciaCount row : queries.dotiByFasciaAndStatus(end)) {
      counts.put("fascia " + row.fascia() + " " + row.status(), row.count());
    }
    return counts;
  }

  /** The report figures over all time. */
  public Map<String, Number> figures() {
    return figures(null, null);
  }

  /**
   * Report figures for a period (all time when null): flows by the date of their event - doti
   * opened, the placement rate of doti closed in it (percent placed), result claims and employer
   * incentives of placements starting in it, in total and by contract - and stocks at its end: each
   * operator's budget (ceiling plus redistributions and replacement budget), what is committed to
   * plans, the share committed.
   */
  public Map<String, Number> figures(LocalDate from, LocalDate to) {
    LocalDate first = from == null ? LocalDate.of(1, 1, 1) : from;
    LocalDate last = to == null ? LocalDate.of(9999, 12, 31) : to;
    java.time.OffsetDateTime end =
        to == null
            ? java.time.OffsetDateTime.parse("9999-12-31T00:00:00Z")
            : to.plusDays(1).atStartOfDay(territory.zone()).toOffsetDateTime();
    Map<String, Number> figures = new LinkedHashMap<>();
    figures.put("doti opened", queries.dotiOpened(first, last));
    for (DulReportQueries.Closed row : queries.dotiClosed(first, last)) {
      figures.put("placement rate % fascia " + row.fascia(), percent(row.placed(), row.closed()));
    }
    figures.put("result claims EUR", queries.resultClaims(first, last));
    for (DulReportQueries.ByContract row : queries.resultClaimsByContract(first, last)) {
      figures.put("result claims " + row.contract(), row.claims());
      figures.put("result claims EUR " + row.contract(), row.euros());
    }
    figures.put("employer incentives EUR", queries.employerIncentives(first, last));
    for (DulReportQueries.Budget row : queries.budgetsAt(end)) {
      figures.put("operator budget EUR " + row.operator(), row.budget());
      figures.put("operator committed EUR " + row.operator(), row.committed());
      figures.put(
          "operator committed % " + row.operator(),
          row.budget().signum() == 0
              ? 0
              : row.committed()
                  .multiply(BigDecimal.valueOf(100))
                  .divide(row.budget(), 1, java.math.RoundingMode.HALF_UP));
    }
    return figures;
  }

  private static double percent(long part, long whole) {
    return whole == 0 ? 0 : Math.round(part * 1000.0 / whole) / 10.0;
  }
}
