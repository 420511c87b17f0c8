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
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The figures of DOMAIN.md's tenant report for a period, by SQL in the tenant's schema (no entity
 * is loaded): each subject - people interviewed, people placed, placements - is read once in fine
 * groups that Java sums into every table about it. The period is whole days in the territory's time
 * zone, both ends included: a registration at 00:30 in Rome on 1 March counts in March.
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
    // The period as instants, so that conditions on timestamps can use their indexes.
    OffsetDateTime start = from.atStartOfDay(zone).toOffsetDateTime();
    OffsetDateTime end = to.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
    List<ReportTable> tables = new ArrayList<>();
    tables.add(registrationsByMonth(from, to, zone, start, end));
    List<Cell> interviewed = interviewed(from, to, zone, start, end);
    Cell all = Cell.total(interviewed);
    tables.add(
        new ReportTable(
            "interviewed",
            "People whose first interview was in the period",
            List.of("interviewed"),
            List.of(List.of(all.people()))));
    tables.add(assessmentShares(all));
    Placements placements = placements(from, to);
    tables.add(
        new ReportTable(
            "placements-by-month",
            "Placements per month of their start",
            List.of("month", "placements"),
            placements.byMonth(from, to)));
    tables.add(
        distribution(
            "placements-by-type",
            "Placements by type",
            "type",
            placements.sum(Placements.Group::type),
            placements.total()));
    tables.add(
        distribution(
            "placements-by-contract",
            "Placements by contract (NONE: no contract, e.g. a tirocinio)",
            "contract",
            placements.sum(g -> g.contract() == null ? "NONE" : g.contract()),
            placements.total()));
    List<Cell> placed = placed(from, to);
    long people = Cell.total(placed).people();
    tables.add(
        new ReportTable(
            "people-placed",
            "Placements and the distinct people they concern",
            List.of("placements", "peoplePlaced"),
            List.of(List.of(placements.total(), people))));
    tables.add(permanentShareByYear(placements));
    tables.add(
        new ReportTable(
            "interviewed-splits",
            "People interviewed in the period by gender, nationality and age at the first interview",
            List.of("dimension", "group", "people", "ofPeople", "percent"),
            splits(interviewed, all.people())));
    tables.add(
        new ReportTable(
            "placed-splits",
            "People placed in the period by gender, nationality and age at their first placement in"
                + " it",
            List.of("dimension", "group", "people", "ofPeople", "percent"),
            splits(placed, people)));
    tables.add(boardCompanies(from, to));
    tables.add(stageOutcomes(from, to));
    tables.add(courseRates(from, to));
    tables.add(outOfProtocol(start, end));
    tables.addAll(followUp(from, to));
    List<List<Object>> employabilityRows = new ArrayList<>();
    Cell.sum(interviewed, Cell::employability)
        .forEach(
            (g, n) ->
                employabilityRows.add(row(g, n, all.people(), Share.percent(n, all.people()))));
    tables.add(
        new ReportTable(
            "employability",
            "Employability of the people interviewed in the period (current assessment)",
            List.of("employability", "people", "ofPeople", "percent"),
            employabilityRows));
    return tables;
  }

  /**
   * Each registration's month is found by comparing its instant with the first instants of the
   * period's months (a binary search per row), not by converting every row to local time.
   */
  private ReportTable registrationsByMonth(
      LocalDate from, LocalDate to, ZoneId zone, OffsetDateTime start, OffsetDateTime end) {
    List<YearMonth> months = months(from, to);
    List<String> firstInstants = new ArrayList<>();
    for (YearMonth m : months) {
      firstInstants.add(
          m.equals(months.get(0))
              ? start.toString()
              : m.atDay(1).atStartOfDay(zone).toOffsetDateTime().toString());
    }
    long[] counts = new long[months.size()];
    for (Object[] row :
        sql.query(
            // The sub-select reads the array once; a bare cast would parse it again for each row.
            "SELECT width_bucket(registered_at, (SELECT ?::timestamptz[])), count(*) FROM candidate"
                + " WHERE registered_at >= ? AND registered_at < ? GROUP BY 1",
            rs -> new Object[] {rs.getInt(1), rs.getLong(2)},
            "{" + String.join(",", firstInstants) + "}",
            start,
            end)) {
      counts[(Integer) row[0] - 1] = (Long) row[1];
    }
    List<List<Object>> rows = new ArrayList<>();
    for (int i = 0; i < months.size(); i++) {
      rows.add(List.of(months.get(i).toString(), counts[i]));
    }
    return new ReportTable(
        "registrations-by-month",
        "Registrations per month (month of registration in the territory's time zone)",
        List.of("month", "registrations"),
        rows);
  }

  /**
   * People with the same gender, nationality, age group and employability, and how many of them are
   * in target, fragile, ready and not ready: the report sums these cells in every direction, so one
   * scan of the people serves every table about them.
   */
  record Cell(
      String gender,
      String nationality,
      String age,
      String employability,
      long people,
      long inTarget,
      long fragile,
      long ready,
      long notReady) {

    static Cell total(List<Cell> cells) {
      long[] n = new long[5];
      for (Cell c : cells) {
        n[0] += c.people;
        n[1] += c.inTarget;
        n[2] += c.fragile;
        n[3] += c.ready;
        n[4] += c.notReady;
      }
      return new Cell(null, null, null, null, n[0], n[1], n[2], n[3], n[4]);
    }

    /** People by one dimension, in the dimension's alphabetical order. */
    static Map<String, Long> sum(List<Cell> cells, Function<Cell, String> dimension) {
      return sums(cells, dimension, Cell::people);
    }
  }

  private static final String NATIONALITY =
      "CASE WHEN citizenship = 'IT' THEN 'ITALIAN' ELSE 'FOREIGN' END";

  /**
   * The people first interviewed in the period (index-only: the first-interview index carries these
   * columns). The age at the interview needs the interview's local day only for people whose 35th
   * birthday falls inside the period; everyone else is under or over 35 on every day of it.
   */
  private List<Cell> interviewed(
      LocalDate from, LocalDate to, ZoneId zone, OffsetDateTime start, OffsetDateTime end) {
    return sql.query(
        "SELECT gender, "
            + NATIONALITY
            + ", CASE WHEN birth_date IS NULL THEN 'UNKNOWN'"
            + "  WHEN birth_date > ?::date - interval '35 years' THEN 'UNDER_35'"
            + "  WHEN birth_date <= ?::date - interval '35 years' THEN 'FROM_35'"
            + "  WHEN birth_date > (first_interview_at AT TIME ZONE ?)::date - interval '35 years'"
            + "  THEN 'UNDER_35' ELSE 'FROM_35' END,"
            + " coalesce(employability, 'NOT_ASSESSED'), count(*),"
            + " count(*) FILTER (WHERE profile_type = 'IN_TARGET'),"
            + " count(*) FILTER (WHERE profile_type = 'FRAGILE'),"
            + " count(*) FILTER (WHERE readiness = 'READY'),"
            + " count(*) FILTER (WHERE readiness = 'NOT_READY')"
            + " FROM candidate WHERE first_interview_at >= ? AND first_interview_at < ?"
            + " GROUP BY 1, 2, 3, 4",
        rs ->
            new Cell(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getLong(5),
                rs.getLong(6),
                rs.getLong(7),
                rs.getLong(8),
                rs.getLong(9)),
        to,
        from,
        zone.getId(),
        start,
        end);
  }

  /** The distinct people with a placement starting in the period, aged at the first of them. */
  private List<Cell> placed(LocalDate from, LocalDate to) {
    return sql.query(
        "SELECT c.gender, "
            + NATIONALITY
            + ", CASE WHEN c.birth_date IS NULL THEN 'UNKNOWN'"
            + "  WHEN c.birth_date > p.at_day - interval '35 years' THEN 'UNDER_35'"
            + "  ELSE 'FROM_35' END, count(*)"
            + " FROM (SELECT candidate_id, min(start_date) AS at_day FROM placement"
            + "       WHERE start_date BETWEEN ? AND ? GROUP BY candidate_id) p"
            + " JOIN candidate c ON c.id = p.candidate_id GROUP BY 1, 2, 3",
        rs ->
            new Cell(
                rs.getString(1), rs.getString(2), rs.getString(3), null, rs.getLong(4), 0, 0, 0, 0),
        from,
        to);
  }

  private static ReportTable assessmentShares(Cell all) {
    long interviewed = all.people();
    long[] counts = {all.inTarget(), all.fragile(), all.ready(), all.notReady()};
    String[] names = {"in target", "fragile", "ready", "not ready"};
    List<List<Object>> rows = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      rows.add(row(names[i], counts[i], interviewed, Share.percent(counts[i], interviewed)));
    }
    return new ReportTable(
        "assessment-shares",
        "Shares of the people interviewed in the period, by their current assessment",
        List.of("measure", "numerator", "denominator", "percent"),
        rows);
  }

  /** Gender, nationality (Italian or not) and age under/from 35 of a set of people. */
  private static List<List<Object>> splits(List<Cell> cells, long total) {
    Map<String, Function<Cell, String>> dimensions = new LinkedHashMap<>();
    dimensions.put("gender", Cell::gender);
    dimensions.put("nationality", Cell::nationality);
    dimensions.put("age", Cell::age);
    List<List<Object>> rows = new ArrayList<>();
    dimensions.forEach(
        (name, dimension) ->
            Cell.sum(cells, dimension)
                .forEach((g, n) -> rows.add(row(name, g, n, total, Share.percent(n, total)))));
    return rows;
  }

  /** The placements starting in the period, counted by month, type and contract in one scan. */
  record Placements(List<Group> groups) {

    record Group(YearMonth month, String type, String contract, long placements) {}

    long total() {
      return groups.stream().mapToLong(Group::placements).sum();
    }

    Map<String, Long> sum(Function<Group, String> key) {
      return sums(groups, key, Group::placements);
    }

    /** Rows (month, placements) for every month of the period, zeros included. */
    List<List<Object>> byMonth(LocalDate from, LocalDate to) {
      Map<String, Long> sums = sum(g -> g.month().toString());
      return months(from, to).stream()
          .<List<Object>>map(m -> List.of(m.toString(), sums.getOrDefault(m.toString(), 0L)))
          .toList();
    }
  }

  private Placements placements(LocalDate from, LocalDate to) {
    return new Placements(
        sql.query(
            "SELECT date_trunc('month', start_date::timestamp)::date, type, contract, count(*)"
                + " FROM placement WHERE start_date BETWEEN ? AND ? GROUP BY 1, 2, 3",
            rs ->
                new Placements.Group(
                    YearMonth.from(rs.getObject(1, LocalDate.class)),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getLong(4)),
            from,
            to));
  }

  /** Rows (value, placements, of all placements, percent), the most frequent first. */
  private static ReportTable distribution(
      String id, String title, String column, Map<String, Long> counts, long total) {
    List<List<Object>> rows = new ArrayList<>();
    counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .forEach(
            e ->
                rows.add(row(e.getKey(), e.getValue(), total, Share.percent(e.getValue(), total))));
    return new ReportTable(
        id, title, List.of(column, "placements", "ofPlacements", "percent"), rows);
  }

  private static ReportTable permanentShareByYear(Placements placements) {
    Map<Integer, long[]> years = new TreeMap<>();
    for (Placements.Group g : placements.groups()) {
      long[] y = years.computeIfAbsent(g.month().getYear(), k -> new long[2]);
      if ("PERMANENT".equals(g.contract())) {
        y[0] += g.placements();
      }
      if (g.contract() != null) {
        y[1] += g.placements();
      }
    }
    List<List<Object>> rows = new ArrayList<>();
    years.forEach((year, y) -> rows.add(row(year, y[0], y[1], Share.percent(y[0], y[1]))));
    return new ReportTable(
        "permanent-share-by-year",
        "Permanent contracts among placements with a contract, by year of start",
        List.of("year", "permanent", "withContract", "percent"),
        rows);
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

  /** The months the period touches, in order. */
  private static List<YearMonth> months(LocalDate from, LocalDate to) {
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
      months.add(m);
    }
    return months;
  }

  /** The counts of the groups summed by a key, in the key's alphabetical order. */
  private static <T> Map<String, Long> sums(
      List<T> groups, Function<T, String> key, ToLongFunction<T> count) {
    Map<String, Long> sums = new TreeMap<>();
    groups.forEach(g -> sums.merge(key.apply(g), count.applyAsLong(g), Long::sum));
    return sums;
  }

  private static List<Object> row(Object... values) {
    return java.util.Arrays.asList(values);
  }
}
