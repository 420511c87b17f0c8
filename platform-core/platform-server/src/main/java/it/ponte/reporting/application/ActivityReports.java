package it.ponte.reporting.application;

import it.ponte.api.core.TenantSql;
import it.ponte.reporting.domain.ReportTable;
import it.ponte.reporting.domain.Share;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of DOMAIN.md's tenant report for a period, each by one SQL query in the tenant's
 * schema (no entity is loaded). The period is whole days in the territory's time zone, both ends
 * included: a registration at 00:30 in Rome on 1 March counts in March.
 *
 * <p>Definitions: <em>registered</em> by the registration instant; <em>interviewed</em> by the
 * first interview's instant (the assessment shares, employability and splits are of those people,
 * by their current assessment); <em>placements</em> by their start date, every placement including
 * renewals, extensions and transformations; <em>people placed</em> are distinct people with a
 * placement starting in the period; ages are at the first interview, or at the first placement in
 * the period; erased people still count (their gender, dates and lifecycle stay).
 */
@ApplicationScoped
@Transactional
public class ActivityReports {

  @Inject TenantSql sql;

  /** Every table of the report, in the order of DOMAIN.md's list. */
  public List<ReportTable> tables(LocalDate from, LocalDate to, ZoneId zone) {
    String tz = zone.getId();
    // The period as instants, so that conditions on timestamps can use their indexes.
    OffsetDateTime start = from.atStartOfDay(zone).toOffsetDateTime();
    OffsetDateTime end = to.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
    List<ReportTable> tables = new ArrayList<>();
    tables.add(registrationsByMonth(from, to, tz, start, end));
    // The people first interviewed in the period, counted five ways in one scan.
    Map<Integer, java.util.TreeMap<String, Long>> groups = new LinkedHashMap<>();
    long[] c = new long[5];
    for (Object[] row :
        sql.query(
            "SELECT GROUPING(gender, nationality, age, employability), coalesce(gender, nationality,"
                + " age, employability), count(*), count(*) FILTER (WHERE profile_type = 'IN_TARGET'),"
                + " count(*) FILTER (WHERE profile_type = 'FRAGILE'),"
                + " count(*) FILTER (WHERE readiness = 'READY'),"
                + " count(*) FILTER (WHERE readiness = 'NOT_READY')"
                + " FROM (SELECT gender,"
                + "   CASE WHEN citizenship = 'IT' THEN 'ITALIAN' ELSE 'FOREIGN' END AS nationality,"
                + "   CASE WHEN birth_date IS NULL THEN 'UNKNOWN'"
                + "        WHEN birth_date > (first_interview_at AT TIME ZONE ?)::date - interval '35 years'"
                + "        THEN 'UNDER_35' ELSE 'FROM_35' END AS age,"
                + "   coalesce(employability, 'NOT_ASSESSED') AS employability, profile_type, readiness"
                + "   FROM candidate WHERE first_interview_at >= ? AND first_interview_at < ?) p"
                + " GROUP BY GROUPING SETS ((), (gender), (nationality), (age), (employability))",
            rs ->
                new Object[] {
                  rs.getInt(1),
                  rs.getString(2),
                  rs.getLong(3),
                  rs.getLong(4),
                  rs.getLong(5),
                  rs.getLong(6),
                  rs.getLong(7)
                },
            tz,
            start,
            end)) {
      int grouping = (Integer) row[0];
      if (grouping == 15) {
        for (int i = 0; i < 5; i++) {
          c[i] = (Long) row[2 + i];
        }
      } else {
        groups
            .computeIfAbsent(grouping, k -> new java.util.TreeMap<>())
            .put((String) row[1], (Long) row[2]);
      }
    }
    long interviewed = c[0];
    tables.add(
        new ReportTable(
            "interviewed",
            "People whose first interview was in the period",
            List.of("interviewed"),
            List.of(List.of(interviewed))));
    tables.add(assessmentShares(c, interviewed));
    tables.add(placementsByMonth(from, to));
    long placements =
        count("SELECT count(*) FROM placement WHERE start_date BETWEEN ? AND ?", from, to);
    tables.add(
        distribution(
            "placements-by-type", "Placements by type", "type", "type", from, to, placements));
    tables.add(
        distribution(
            "placements-by-contract",
            "Placements by contract (NONE: no contract, e.g. a tirocinio)",
            "contract",
            "coalesce(contract, 'NONE')",
            from,
            to,
            placements));
    long people =
        count(
            "SELECT count(DISTINCT candidate_id) FROM placement WHERE start_date BETWEEN ? AND ?",
            from,
            to);
    tables.add(
        new ReportTable(
            "people-placed",
            "Placements and the distinct people they concern",
            List.of("placements", "peoplePlaced"),
            List.of(List.of(placements, people))));
    tables.add(permanentShareByYear(from, to));
    List<List<Object>> splitRows = new ArrayList<>();
    // GROUPING bits: 7 = by gender, 11 = by nationality, 13 = by age, 14 = by employability.
    String[][] dimensions = {{"7", "gender"}, {"11", "nationality"}, {"13", "age"}};
    for (String[] d : dimensions) {
      groups
          .getOrDefault(Integer.valueOf(d[0]), new java.util.TreeMap<>())
          .forEach(
              (g, n) -> splitRows.add(row(d[1], g, n, interviewed, Share.percent(n, interviewed))));
    }
    tables.add(
        new ReportTable(
            "interviewed-splits",
            "People interviewed in the period by gender, nationality and age at the first interview",
            List.of("dimension", "group", "people", "ofPeople", "percent"),
            splitRows));
    tables.add(placedSplits(from, to, people));
    tables.add(boardCompanies(from, to));
    tables.add(stageOutcomes(from, to));
    tables.add(courseRates(from, to));
    tables.add(outOfProtocol(start, end));
    tables.addAll(followUp(from, to));
    List<List<Object>> employabilityRows = new ArrayList<>();
    groups
        .getOrDefault(14, new java.util.TreeMap<>())
        .forEach(
            (g, n) -> employabilityRows.add(row(g, n, interviewed, Share.percent(n, interviewed))));
    tables.add(
        new ReportTable(
            "employability",
            "Employability of the people interviewed in the period (current assessment)",
            List.of("employability", "people", "ofPeople", "percent"),
            employabilityRows));
    return tables;
  }

  private ReportTable registrationsByMonth(
      LocalDate from, LocalDate to, String tz, OffsetDateTime start, OffsetDateTime end) {
    return new ReportTable(
        "registrations-by-month",
        "Registrations per month (month of registration in the territory's time zone)",
        List.of("month", "registrations"),
        everyMonth(
            from,
            to,
            "SELECT to_char(registered_at AT TIME ZONE ?, 'YYYY-MM'), count(*) FROM candidate"
                + " WHERE registered_at >= ? AND registered_at < ? GROUP BY 1",
            tz,
            start,
            end));
  }

  /** Rows (month, count) for every month of the period, zeros included. */
  private List<List<Object>> everyMonth(
      LocalDate from, LocalDate to, String query, Object... parameters) {
    Map<String, Long> byMonth = new LinkedHashMap<>();
    for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
      byMonth.put(m.toString(), 0L);
    }
    for (Object[] row :
        sql.query(query, rs -> new Object[] {rs.getString(1), rs.getLong(2)}, parameters)) {
      byMonth.put((String) row[0], (Long) row[1]);
    }
    List<List<Object>> rows = new ArrayList<>();
    byMonth.forEach((m, n) -> rows.add(List.of(m, n)));
    return rows;
  }

  private static ReportTable assessmentShares(long[] counts, long interviewed) {
    String[] names = {"in target", "fragile", "ready", "not ready"};
    List<List<Object>> rows = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      long n = counts[i + 1];
      rows.add(row(names[i], n, interviewed, Share.percent(n, interviewed)));
    }
    return new ReportTable(
        "assessment-shares",
        "Shares of the people interviewed in the period, by their current assessment",
        List.of("measure", "numerator", "denominator", "percent"),
        rows);
  }

  private ReportTable placementsByMonth(LocalDate from, LocalDate to) {
    return new ReportTable(
        "placements-by-month",
        "Placements per month of their start",
        List.of("month", "placements"),
        everyMonth(
            from,
            to,
            "SELECT to_char(start_date, 'YYYY-MM'), count(*) FROM placement"
                + " WHERE start_date BETWEEN ? AND ? GROUP BY 1",
            from,
            to));
  }

  private ReportTable distribution(
      String id,
      String title,
      String column,
      String expression,
      LocalDate from,
      LocalDate to,
      long total) {
    List<List<Object>> rows = new ArrayList<>();
    for (Object[] row :
        sql.query(
            "SELECT "
                + expression
                + ", count(*) FROM placement WHERE start_date BETWEEN ? AND ?"
                + " GROUP BY 1 ORDER BY 2 DESC, 1",
            rs -> new Object[] {rs.getString(1), rs.getLong(2)},
            from,
            to)) {
      long n = (Long) row[1];
      rows.add(row(row[0], n, total, Share.percent(n, total)));
    }
    return new ReportTable(
        id, title, List.of(column, "placements", "ofPlacements", "percent"), rows);
  }

  private ReportTable permanentShareByYear(LocalDate from, LocalDate to) {
    List<List<Object>> rows = new ArrayList<>();
    for (Object[] row :
        sql.query(
            "SELECT extract(year FROM start_date)::int,"
                + " count(*) FILTER (WHERE contract = 'PERMANENT'), count(*) FILTER (WHERE contract IS NOT NULL)"
                + " FROM placement WHERE start_date BETWEEN ? AND ? GROUP BY 1 ORDER BY 1",
            rs -> new Object[] {rs.getInt(1), rs.getLong(2), rs.getLong(3)},
            from,
            to)) {
      long permanent = (Long) row[1];
      long withContract = (Long) row[2];
      rows.add(row(row[0], permanent, withContract, Share.percent(permanent, withContract)));
    }
    return new ReportTable(
        "permanent-share-by-year",
        "Permanent contracts among placements with a contract, by year of start",
        List.of("year", "permanent", "withContract", "percent"),
        rows);
  }

  /** Gender, nationality (Italian or not) and age under/from 35 of a set of people. */
  private List<List<Object>> splits(String people, Object[] parameters, long total) {
    List<List<Object>> rows = new ArrayList<>();
    String[][] dimensions = {
      {"gender", "gender"},
      {"nationality", "CASE WHEN citizenship = 'IT' THEN 'ITALIAN' ELSE 'FOREIGN' END"},
      {
        "age",
        "CASE WHEN birth_date IS NULL THEN 'UNKNOWN' WHEN birth_date > at_day - interval '35 years'"
            + " THEN 'UNDER_35' ELSE 'FROM_35' END"
      }
    };
    // One scan: the people once, grouped three ways.
    StringBuilder query = new StringBuilder("WITH p AS MATERIALIZED (" + people + ")");
    for (int i = 0; i < dimensions.length; i++) {
      query
          .append(i == 0 ? " " : " UNION ALL ")
          .append("SELECT ")
          .append(i)
          .append(", ")
          .append(dimensions[i][1])
          .append(", count(*) FROM p GROUP BY 2");
    }
    query.append(" ORDER BY 1, 2");
    for (Object[] row :
        sql.query(
            query.toString(),
            rs -> new Object[] {rs.getInt(1), rs.getString(2), rs.getLong(3)},
            parameters)) {
      long n = (Long) row[2];
      rows.add(row(dimensions[(Integer) row[0]][0], row[1], n, total, Share.percent(n, total)));
    }
    return rows;
  }

  private ReportTable placedSplits(LocalDate from, LocalDate to, long people) {
    return new ReportTable(
        "placed-splits",
        "People placed in the period by gender, nationality and age at their first placement in it",
        List.of("dimension", "group", "people", "ofPeople", "percent"),
        splits(
            "SELECT c.gender, c.citizenship, c.birth_date, min(p.start_date) AS at_day"
                + " FROM placement p JOIN candidate c ON c.id = p.candidate_id"
                + " WHERE p.start_date BETWEEN ? AND ? GROUP BY c.id",
            new Object[] {from, to},
            people));
  }

  private ReportTable boardCompanies(LocalDate from, LocalDate to) {
    List<List<Object>> rows = new ArrayList<>();
    for (Object[] row :
        sql.query(
            "SELECT rank() OVER (ORDER BY count(*) DESC), co.name, count(*)"
                + " FROM placement p JOIN company co ON co.id = p.company_id"
                + " WHERE co.board_joined_on IS NOT NULL AND p.start_date BETWEEN ? AND ?"
                + " GROUP BY co.id, co.name ORDER BY 3 DESC, 2",
            rs -> new Object[] {rs.getLong(1), rs.getString(2), rs.getLong(3)},
            from,
            to)) {
      rows.add(row(row[0], row[1], row[2]));
    }
    return new ReportTable(
        "board-companies",
        "Companies of the Board ranked by placements starting in the period (ties share a rank)",
        List.of("rank", "company", "placements"),
        rows);
  }

  private ReportTable stageOutcomes(LocalDate from, LocalDate to) {
    Object[] c =
        sql.query(
                "SELECT count(*),"
                    + " count(*) FILTER (WHERE EXISTS (SELECT 1 FROM placement n WHERE n.previous_id = s.id"
                    + "   AND n.link IN ('RENEWAL', 'EXTENSION'))),"
                    + " count(*) FILTER (WHERE EXISTS (SELECT 1 FROM placement n WHERE n.previous_id = s.id"
                    + "   AND n.link = 'TRANSFORMATION'))"
                    + " FROM placement s WHERE s.type IN ('STAGE', 'TIROCINIO') AND s.start_date BETWEEN ? AND ?",
                rs -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)},
                from,
                to)
            .get(0);
    long stages = (Long) c[0];
    return new ReportTable(
        "stage-outcomes",
        "Stages and tirocini starting in the period: continued (renewed or extended) and turned into a hiring",
        List.of("outcome", "numerator", "denominator", "percent"),
        List.of(
            row("continued", c[1], stages, Share.percent((Long) c[1], stages)),
            row("turned into hiring", c[2], stages, Share.percent((Long) c[2], stages))));
  }

  private ReportTable courseRates(LocalDate from, LocalDate to) {
    List<List<Object>> rows = new ArrayList<>();
    for (Object[] row :
        sql.query(
            "SELECT co.title, co.starts_on, count(DISTINCT e.candidate_id),"
                + " (SELECT count(*) FROM placement p JOIN enrolment pe ON pe.candidate_id = p.candidate_id"
                + "   WHERE pe.course_id = co.id AND pe.status <> 'WITHDRAWN' AND p.start_date >= co.starts_on),"
                + " (SELECT count(DISTINCT p.candidate_id) FROM placement p JOIN enrolment pe ON pe.candidate_id = p.candidate_id"
                + "   WHERE pe.course_id = co.id AND pe.status <> 'WITHDRAWN' AND p.start_date >= co.starts_on)"
                + " FROM course co LEFT JOIN enrolment e ON e.course_id = co.id AND e.status <> 'WITHDRAWN'"
                + " WHERE co.starts_on BETWEEN ? AND ? GROUP BY co.id ORDER BY co.starts_on, co.id",
            rs ->
                new Object[] {
                  rs.getString(1),
                  rs.getObject(2, LocalDate.class),
                  rs.getLong(3),
                  rs.getLong(4),
                  rs.getLong(5)
                },
            from,
            to)) {
      long participants = (Long) row[2];
      long placements = (Long) row[3];
      long placed = (Long) row[4];
      rows.add(
          row(
              row[0],
              row[1].toString(),
              participants,
              placements,
              placed,
              Share.percent(placements, participants),
              Share.percent(placed, participants)));
    }
    return new ReportTable(
        "course-rates",
        "Courses starting in the period: tasso di inserimento = placements of participants from the"
            + " course's start / participants; tasso di occupazione = participants with a placement /"
            + " participants",
        List.of(
            "course",
            "startsOn",
            "participants",
            "placements",
            "participantsPlaced",
            "insertionRatePercent",
            "employmentRatePercent"),
        rows);
  }

  private ReportTable outOfProtocol(OffsetDateTime start, OffsetDateTime end) {
    List<List<Object>> rows = new ArrayList<>();
    for (Object[] row :
        sql.query(
            "SELECT coalesce(out_of_protocol_reason, 'UNSPECIFIED'), count(*) FROM candidate"
                + " WHERE status = 'OUT_OF_PROTOCOL' AND status_changed_at >= ? AND status_changed_at < ?"
                + " GROUP BY 1 ORDER BY 2 DESC, 1",
            rs -> new Object[] {rs.getString(1), rs.getLong(2)},
            start,
            end)) {
      rows.add(row(row[0], row[1]));
    }
    return new ReportTable(
        "out-of-protocol",
        "People who left the protocol in the period and are still out, by reason",
        List.of("reason", "people"),
        rows);
  }

  /**
   * The follow-up survey of people out of the protocol: each person's latest survey in the period.
   */
  private List<ReportTable> followUp(LocalDate from, LocalDate to) {
    String latest =
        "WITH latest AS (SELECT DISTINCT ON (candidate_id) candidate_id, working, contract,"
            + " offers_received FROM follow_up WHERE surveyed_on BETWEEN ? AND ?"
            + " ORDER BY candidate_id, surveyed_on DESC, id DESC) ";
    Object[] c =
        sql.query(
                latest
                    + "SELECT count(*), count(*) FILTER (WHERE working),"
                    + " count(*) FILTER (WHERE offers_received > 0) FROM latest",
                rs -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)},
                from,
                to)
            .get(0);
    long surveyed = (Long) c[0];
    long working = (Long) c[1];
    long offered = (Long) c[2];
    List<List<Object>> contracts = new ArrayList<>();
    for (Object[] row :
        sql.query(
            latest
                + "SELECT coalesce(contract, 'UNSPECIFIED'), count(*) FROM latest WHERE working"
                + " GROUP BY 1 ORDER BY 2 DESC, 1",
            rs -> new Object[] {rs.getString(1), rs.getLong(2)},
            from,
            to)) {
      long n = (Long) row[1];
      contracts.add(row(row[0], n, working, Share.percent(n, working)));
    }
    return List.of(
        new ReportTable(
            "follow-up",
            "Follow-up survey of people out of the protocol (each person's latest survey in the"
                + " period): working, and received at least one job offer",
            List.of("measure", "numerator", "denominator", "percent"),
            List.of(
                row("working", working, surveyed, Share.percent(working, surveyed)),
                row("received offers", offered, surveyed, Share.percent(offered, surveyed)))),
        new ReportTable(
            "follow-up-contracts",
            "Contracts of the people working at their latest follow-up survey in the period",
            List.of("contract", "people", "ofWorking", "percent"),
            contracts));
  }

  private long count(String query, Object... parameters) {
    return sql.query(query, rs -> rs.getLong(1), parameters).get(0);
  }

  private static List<Object> row(Object... values) {
    return java.util.Arrays.asList(values);
  }
}
