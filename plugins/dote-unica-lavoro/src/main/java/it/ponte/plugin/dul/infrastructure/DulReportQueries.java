package it.ponte.plugin.dul.infrastructure;

import it.ponte.api.core.TenantSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The counts and sums Dote Unica Lavoro's reports and federated figures are made of, each for a
 * period of days (inclusive); what is drawn from them is the application's.
 */
@ApplicationScoped
public class DulReportQueries {

  @Inject TenantSql sql;

  /** How many doti of a fascia were in a state at the end of a day (opened by then). */
  public record FasciaCount(int fascia, String status, long count) {}

  /** Doti by fascia and state as at the end of {@code day}: a dote closed later was active. */
  public List<FasciaCount> dotiByFasciaAndStatus(LocalDate day) {
    return sql.query(
        "SELECT fascia, CASE WHEN closed_on IS NOT NULL AND closed_on > ? THEN 'ACTIVE'"
            + " ELSE status END, count(*) FROM dul_dote WHERE starts_on <= ?"
            + " GROUP BY 1, 2 ORDER BY 1, 2",
        rs -> new FasciaCount(rs.getInt(1), rs.getString(2), rs.getLong(3)),
        day,
        day);
  }

  public long dotiOpened(LocalDate from, LocalDate to) {
    return sql.query(
            "SELECT count(*) FROM dul_dote WHERE starts_on BETWEEN ? AND ?",
            rs -> rs.getLong(1),
            from,
            to)
        .get(0);
  }

  /** Of the doti of a fascia closed in a period, how many closed because the person was placed. */
  public record Closed(int fascia, long placed, long closed) {}

  public List<Closed> dotiClosed(LocalDate from, LocalDate to) {
    return sql.query(
        "SELECT fascia, count(*) FILTER (WHERE status = 'PLACED'), count(*) FROM dul_dote"
            + " WHERE status <> 'ACTIVE' AND closed_on BETWEEN ? AND ?"
            + " GROUP BY fascia ORDER BY fascia",
        rs -> new Closed(rs.getInt(1), rs.getLong(2), rs.getLong(3)),
        from,
        to);
  }

  private static final String CLAIMS_OF_PLACEMENTS_STARTING =
      " FROM dul_claim c JOIN placement p ON p.id = c.placement_id"
          + " WHERE p.start_date BETWEEN ? AND ?";

  /** The result payments due for placements starting in a period. */
  public BigDecimal resultClaims(LocalDate from, LocalDate to) {
    return sql.query(
            "SELECT coalesce(sum(c.amount) FILTER (WHERE c.qualifies), 0)"
                + CLAIMS_OF_PLACEMENTS_STARTING,
            rs -> rs.getBigDecimal(1),
            from,
            to)
        .get(0);
  }

  /** The qualifying claims of a contract type, and their euros. */
  public record ByContract(String contract, long claims, BigDecimal euros) {}

  public List<ByContract> resultClaimsByContract(LocalDate from, LocalDate to) {
    return sql.query(
        "SELECT c.contract, count(*), sum(c.amount)"
            + CLAIMS_OF_PLACEMENTS_STARTING
            + " AND c.qualifies GROUP BY c.contract ORDER BY c.contract",
        rs -> new ByContract(rs.getString(1), rs.getLong(2), rs.getBigDecimal(3)),
        from,
        to);
  }

  /** The employer incentives of placements starting in a period. */
  public BigDecimal employerIncentives(LocalDate from, LocalDate to) {
    return sql.query(
            "SELECT coalesce(sum(c.employer_incentive), 0)" + CLAIMS_OF_PLACEMENTS_STARTING,
            rs -> rs.getBigDecimal(1),
            from,
            to)
        .get(0);
  }

  /**
   * An operator's budget at an instant: its ceiling with the redistributions and replacement budget
   * by then, and what plans committed by then.
   */
  public record Budget(String operator, BigDecimal budget, BigDecimal committed) {}

  public List<Budget> budgetsAt(OffsetDateTime end) {
    return sql.query(
        "SELECT o.name,"
            + " o.ceiling + coalesce(sum(e.amount) FILTER"
            + "   (WHERE e.kind IN ('REDISTRIBUTION', 'REPLACEMENT')), 0),"
            + " -coalesce(sum(e.amount) FILTER (WHERE e.kind IN ('BOOKED', 'RELEASED')), 0)"
            + " FROM dul_operator o"
            + " LEFT JOIN dul_budget_entry e ON e.operator_id = o.id AND e.at < ?"
            + " WHERE o.created_at < ? GROUP BY o.id, o.name ORDER BY o.name",
        rs -> new Budget(rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3)),
        end,
        end);
  }

  /** A dote or a claim behind a federated figure. */
  public record Unit(long id, String label, BigDecimal amount, BigDecimal incentive) {}

  /** Doti started in a period, labelled with their fascia. */
  public List<Unit> dotiStarted(LocalDate from, LocalDate to) {
    return sql.query(
        "SELECT id, fascia FROM dul_dote WHERE starts_on BETWEEN ? AND ?",
        rs -> new Unit(rs.getLong(1), String.valueOf(rs.getInt(2)), null, null),
        from,
        to);
  }

  /** Doti closed in a period, labelled with their final state. */
  public List<Unit> dotiClosedUnits(LocalDate from, LocalDate to) {
    return sql.query(
        "SELECT id, status FROM dul_dote WHERE status <> 'ACTIVE' AND closed_on BETWEEN ? AND ?",
        rs -> new Unit(rs.getLong(1), rs.getString(2), null, null),
        from,
        to);
  }

  /**
   * Claims recorded in a period (days in the territory's time zone), with their result payment and
   * employer incentive.
   */
  public List<Unit> claimsRecorded(String timeZone, LocalDate from, LocalDate to) {
    return sql.query(
        "SELECT id, amount, employer_incentive, qualifies FROM dul_claim"
            + " WHERE (created_at AT TIME ZONE ?)::date BETWEEN ? AND ?",
        rs ->
            new Unit(
                rs.getLong(1),
                rs.getBoolean(4) ? "qualifies" : "",
                rs.getBigDecimal(2),
                rs.getBigDecimal(3)),
        timeZone,
        from,
        to);
  }
}
