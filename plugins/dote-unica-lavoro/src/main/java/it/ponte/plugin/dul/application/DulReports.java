package it.ponte.plugin.dul.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Dote Unica Lavoro's report figures: doti by fascia and status, placement rates, claims, budgets.
 */
@ApplicationScoped
@Transactional
public class DulReports {

  @Inject DulRows rows;

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
    for (Object[] row :
        rows.query(
            "SELECT fascia, CASE WHEN closed_on IS NOT NULL AND closed_on > ? THEN 'ACTIVE'"
                + " ELSE status END, count(*) FROM dul_dote WHERE starts_on <= ?"
                + " GROUP BY 1, 2 ORDER BY 1, 2",
            List.of(end, end),
            rs -> new Object[] {rs.getInt(1), rs.getString(2), rs.getLong(3)})) {
      counts.put("fascia " + row[0] + " " + row[1], (Long) row[2]);
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
    figures.put(
        "doti opened",
        rows.query(
                "SELECT count(*) FROM dul_dote WHERE starts_on BETWEEN ? AND ?",
                List.of(first, last),
                rs -> rs.getLong(1))
            .get(0));
    for (Object[] row :
        rows.query(
            "SELECT fascia, count(*) FILTER (WHERE status = 'PLACED'), count(*) FROM dul_dote"
                + " WHERE status <> 'ACTIVE' AND closed_on BETWEEN ? AND ?"
                + " GROUP BY fascia ORDER BY fascia",
            List.of(first, last),
            rs -> new Object[] {rs.getInt(1), rs.getLong(2), rs.getLong(3)})) {
      long placed = (Long) row[1];
      long closed = (Long) row[2];
      figures.put("placement rate % fascia " + row[0], percent(placed, closed));
    }
    String claims =
        " FROM dul_claim c JOIN placement p ON p.id = c.placement_id"
            + " WHERE p.start_date BETWEEN ? AND ?";
    figures.put(
        "result claims EUR",
        rows.query(
                "SELECT coalesce(sum(c.amount) FILTER (WHERE c.qualifies), 0)" + claims,
                List.of(first, last),
                rs -> rs.getBigDecimal(1))
            .get(0));
    for (Object[] row :
        rows.query(
            "SELECT c.contract, count(*), sum(c.amount)"
                + claims
                + " AND c.qualifies GROUP BY c.contract ORDER BY c.contract",
            List.of(first, last),
            rs -> new Object[] {rs.getString(1), rs.getLong(2), rs.getBigDecimal(3)})) {
      figures.put("result claims " + row[0], (Long) row[1]);
      figures.put("result claims EUR " + row[0], (BigDecimal) row[2]);
    }
    figures.put(
        "employer incentives EUR",
        rows.query(
                "SELECT coalesce(sum(c.employer_incentive), 0)" + claims,
                List.of(first, last),
                rs -> rs.getBigDecimal(1))
            .get(0));
    for (Object[] row :
        rows.query(
            "SELECT o.name,"
                + " o.ceiling + coalesce(sum(e.amount) FILTER (WHERE e.kind IN ('REDISTRIBUTION', 'REPLACEMENT')), 0),"
                + " -coalesce(sum(e.amount) FILTER (WHERE e.kind IN ('BOOKED', 'RELEASED')), 0)"
                + " FROM dul_operator o LEFT JOIN dul_budget_entry e ON e.operator_id = o.id AND e.at < ?"
                + " WHERE o.created_at < ? GROUP BY o.id, o.name ORDER BY o.name",
            List.of(end, end),
            rs -> new Object[] {rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3)})) {
      BigDecimal budget = (BigDecimal) row[1];
      BigDecimal committed = (BigDecimal) row[2];
      figures.put("operator budget EUR " + row[0], budget);
      figures.put("operator committed EUR " + row[0], committed);
      figures.put(
          "operator committed % " + row[0],
          budget.signum() == 0
              ? 0
              : committed
                  .multiply(BigDecimal.valueOf(100))
                  .divide(budget, 1, java.math.RoundingMode.HALF_UP));
    }
    return figures;
  }

  private static double percent(long part, long whole) {
    return whole == 0 ? 0 : Math.round(part * 1000.0 / whole) / 10.0;
  }
}
