package it.ponte.reporting.application;

import it.ponte.api.core.TenantSql;
import it.ponte.reporting.domain.ReportTable;
import it.ponte.reporting.domain.Share;
import it.ponte.tenancy.infrastructure.ParallelReads;
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
 * is loaded): each subject - registrations, people interviewed ({@link InterviewedPeople}), people
 * placed, placements - is read once in fine groups that Java sums into every table about it. The
 * period is whole days in the territory's time zone, both ends included: a registration at 00:30 in
 * Rome on 1 March counts in March. The people interviewed, the largest read, run on a second
 * connection of the territory while this one reads the rest ({@link ParallelReads}).
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

  @Inject ParallelReads reads;

  /**
   * Every table of the report, in the order of DOMAIN.md's list.
   *
   * @param slaDays the territory's target days from registration to the first interview
   */
  public List<ReportTable> tables(LocalDate from, LocalDate to, ZoneId zone, int slaDays) {
    // The period as instants, so that conditions on timestamps can use their indexes.
    OffsetDateTime start = from.atStartOfDay(zone).toOffsetDateTime();
    OffsetDateTime end = to.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
    // The people interviewed are the report's largest read: it runs aside, on a connection of its
    // own, while this one reads the rest (ParallelReads).
    ParallelReads.Pending<InterviewedPeople> interviewedRead =
        reads.start(tenantSql -> InterviewedPeople.read(tenantSql, start, end, slaDays));
    InterviewedPeople.useMemoryForGrouping(sql);
    List<ReportTable> registrations = registrations(from, to, zone, start, end);
    Placements placements = placements(from, to);
    List<Cell> placed = placed(from, to);
    List<ReportTable> companies =
        List.of(
            boardCompanies(from, to),
            boardSize(from, to),
            companiesContacted(from, to, start, end));
    List<ReportTable> stageOutcomes = stageOutcomes(from, to);
    ReportTable courseRates = courseRates(from, to);
    ReportTable outOfProtocol = outOfProtocol(start, end);
    List<ReportTable> followUp = followUp(from, to);
    InterviewedPeople interviewedPeople = interviewedRead.join();

    List<ReportTable> tables = new ArrayList<>(registrations);
    List<Cell> interviewed = interviewedPeople.cells();
    Cell all = Cell.total(interviewed);
    tables.add(
        new ReportTable(
            "interviewed",
            "People whose first interview was in the period",
            List.of("interviewed"),
            List.of(List.of(all.people()))));
    tables.add(assessmentShares(all));
    tables.add(interviewedPeople.sla(slaDays));
    tables.addAll(interviewedPeople.profile());
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
    Map<String, Long> byContract =
        placements.sum(g -> g.contract() == null ? "NONE" : g.contract());
    byContract.remove("NONE");
    tables.add(
        distribution(
            "placements-by-contract",
            "Placements with a contract, by contract (stages and tirocini have none and are not"
                + " counted: the same population as the permanent share)",
            "contract",
            byContract,
            byContract.values().stream().mapToLong(Long::longValue).sum()));
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
    tables.addAll(companies);
    tables.addAll(stageOutcomes);
    tables.add(courseRates);
    tables.add(outOfProtocol);
    tables.addAll(followUp);
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
   * Registrations per month and by who sent the person, from one scan: each registration's month is
   * found by comparing its instant with the first instants of the period's months (a binary search
   * per row), not by converting every row to local time.
   */
  private List<ReportTable> registrations(
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
    Map<List<String>, Long> referrals = new LinkedHashMap<>();
    for (Object[] row :
        sql.query(
            // The sub-select reads the array once; a bare cast would parse it again for each row.
            "SELECT width_bucket(registered_at, (SELECT ?::timestamptz[])),"
                + " coalesce(referral, 'UNKNOWN'), coalesce(referral_partner, ''), count(*)"
                + " FROM candidate WHERE registered_at >= ? AND registered_at < ? GROUP BY 1, 2, 3",
            rs -> new Object[] {rs.getInt(1), rs.getString(2), rs.getString(3), rs.getLong(4)},
            "{" + String.join(",", firstInstants) + "}",
            start,
            end)) {
      counts[(Integer) row[0] - 1] += (Long) row[3];
      referrals.merge(List.of((String) row[1], (String) row[2]), (Long) row[3], Long::sum);
    }
    List<List<Object>> byMonth = new ArrayList<>();
    for (int i = 0; i < months.size(); i++) {
      byMonth.add(List.of(months.get(i).toString(), counts[i]));
    }
    long total = java.util.Arrays.stream(counts).sum();
    List<List<Object>> byReferral = new ArrayList<>();
    referrals.entrySet().stream()
        .sorted(
            Map.Entry.<List<String>, Long>comparingByValue()
                .reversed()
                .thenComparing(e -> e.getKey().get(0))
                .thenComparing(e -> e.getKey().get(1)))
        .forEach(
            e -> {
              long n = e.getValue();
              byReferral.add(
                  row(e.getKey().get(0), e.getKey().get(1), n, total, Share.percent(n, total)));
            });
    return List.of(
        new ReportTable(
            "registrations-by-month",
            "Registrations per month (month of registration in the territory's time zone)",
            List.of("month", "registrations"),
            byMonth),
        new ReportTable(
            "registrations-by-referral",
            "Registrations in the period by who sent the person (partner: the partner"
                + " organisation; UNKNOWN: not recorded)",
            List.of("referral", "partner", "registrations", "ofRegistrations", "percent"),
            byReferral));
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
      long strong,
      long inTarget,
      long fragile,
      long ready,
      long notReady,
      long ongoing) {

    /** A cell that only counts people. */
    static Cell of(String gender, String nationality, String age, long people) {
      return new Cell(gender, nationality, age, null, people, 0, 0, 0, 0, 0, 0);
    }

    static Cell total(List<Cell> cells) {
      long[] n = new long[7];
      for (Cell c : cells) {
        n[0] += c.people;
        n[1] += c.strong;
        n[2] += c.inTarget;
        n[3] += c.fragile;
        n[4] += c.ready;
        n[5] += c.notReady;
        n[6] += c.ongoing;
      }
      return new Cell(null, null, null, null, n[0], n[1], n[2], n[3], n[4], n[5], n[6]);
    }

    /** People by one dimension, in the dimension's alphabetical order. */
    static Map<String, Long> sum(List<Cell> cells, Function<Cell, String> dimension) {
      return sums(cells, dimension, Cell::people);
    }
  }

  static final String NATIONALITY =
      "CASE WHEN citizenship = 'IT' THEN 'ITALIAN' ELSE 'FOREIGN' END";

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
        rs -> Cell.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)),
        from,
        to);
  }

  /**
   * As Bologna publishes them: the profile among the people interviewed (forte; in target, fragile
   * profiles included), then among those in target: ready, not ready, fragile profile, assessment
   * not finished.
   */
  private static ReportTable assessmentShares(Cell all) {
    long interviewed = all.people();
    long inTarget = all.inTarget();
    List<List<Object>> rows = new ArrayList<>();
    rows.add(row("strong", all.strong(), interviewed, Share.percent(all.strong(), interviewed)));
    rows.add(row("in target", inTarget, interviewed, Share.percent(inTarget, interviewed)));
    long[] counts = {all.ready(), all.notReady(), all.fragile(), all.ongoing()};
    String[] names = {
      "in target: ready",
      "in target: not ready",
      "in target: fragile profile",
      "in target: assessment not finished"
    };
    for (int i = 0; i < names.length; i++) {
      rows.add(row(names[i], counts[i], inTarget, Share.percent(counts[i], inTarget)));
    }
    return new ReportTable(
        "assessment-shares",
        "Profiles of the people interviewed in the period (current assessment): strong and in"
            + " target (fragile profiles included) among them; then ready, not ready, fragile and"
            + " assessment not finished among those in target",
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

  /**
   * Every organisation that placed people in the period - Board member or not, families and social
   * cooperatives included - ranked by placements starting in it (ties share a rank), with whether
   * it was in the Board on any day of the period.
   */
  private ReportTable boardCompanies(LocalDate from, LocalDate to) {
    List<List<Object>> rows = new ArrayList<>();
    for (Object[] row :
        sql.query(
            "SELECT rank() OVER (ORDER BY count(*) DESC), co.name,"
                + " bool_or(co.board_joined_on IS NOT NULL AND co.board_joined_on <= ?"
                + "   AND (co.board_left_on IS NULL OR co.board_left_on >= ?)),"
                + " count(*), count(DISTINCT p.candidate_id)"
                + " FROM placement p JOIN company co ON co.id = p.company_id"
                + " WHERE p.start_date BETWEEN ? AND ?"
                + " GROUP BY co.id, co.name ORDER BY 4 DESC, 2",
            rs ->
                new Object[] {
                  rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getLong(4), rs.getLong(5)
                },
            to,
            from,
            from,
            to)) {
      rows.add(row(row[0], row[1], row[2], row[3], row[4]));
    }
    return new ReportTable(
        "board-companies",
        "Organisations that placed people in the period, Board members or not, ranked by"
            + " placements starting in it (ties share a rank); boardMember: in the Board on any day"
            + " of the period",
        List.of("rank", "company", "boardMember", "placements", "peoplePlaced"),
        rows);
  }

  /** The Board's members at the end of each year the period touches (its last day for the last). */
  private ReportTable boardSize(LocalDate from, LocalDate to) {
    List<List<Object>> rows = new ArrayList<>();
    for (int year = from.getYear(); year <= to.getYear(); year++) {
      LocalDate day = year == to.getYear() ? to : LocalDate.of(year, 12, 31);
      long members =
          sql.query(
                  "SELECT count(*) FROM company WHERE board_joined_on <= ?"
                      + " AND (board_left_on IS NULL OR board_left_on > ?)",
                  rs -> rs.getLong(1),
                  day,
                  day)
              .get(0);
      rows.add(row(year, day.toString(), members));
    }
    return new ReportTable(
        "board-size",
        "Companies in the Board at the end of each year of the period (at its last day for the"
            + " last year)",
        List.of("year", "onDay", "boardMembers"),
        rows);
  }

  /**
   * Companies the programme was in touch with in the period: registered, or with a personnel
   * request opened, or a placement starting in it.
   */
  private ReportTable companiesContacted(
      LocalDate from, LocalDate to, OffsetDateTime start, OffsetDateTime end) {
    long contacted =
        sql.query(
                "SELECT count(*) FROM company co WHERE (co.created_at >= ? AND co.created_at < ?)"
                    + " OR EXISTS (SELECT 1 FROM vacancy v WHERE v.company_id = co.id"
                    + "   AND v.created_at >= ? AND v.created_at < ?)"
                    + " OR EXISTS (SELECT 1 FROM placement p WHERE p.company_id = co.id"
                    + "   AND p.start_date BETWEEN ? AND ?)",
                rs -> rs.getLong(1),
                start,
                end,
                start,
                end,
                from,
                to)
            .get(0);
    return new ReportTable(
        "companies-contacted",
        "Companies in touch with the programme in the period: registered, or with a personnel"
            + " request opened, or a placement starting in it",
        List.of("companies"),
        List.of(List.of(contacted)));
  }

  /**
   * Stages and tirocini activated in the period, each type apart, by year of activation: how many
   * were continued (renewed or extended) and how many turned into a hiring, and the contracts of
   * those hirings.
   */
  private List<ReportTable> stageOutcomes(LocalDate from, LocalDate to) {
    List<List<Object>> rows = new ArrayList<>();
    for (Object[] c :
        sql.query(
            "SELECT extract(year FROM s.start_date)::int, s.type, count(*),"
                + " count(*) FILTER (WHERE EXISTS (SELECT 1 FROM placement n WHERE n.previous_id = s.id"
                + "   AND n.link IN ('RENEWAL', 'EXTENSION'))),"
                + " count(*) FILTER (WHERE EXISTS (SELECT 1 FROM placement n WHERE n.previous_id = s.id"
                + "   AND n.link = 'TRANSFORMATION'))"
                + " FROM placement s WHERE s.type IN ('STAGE', 'TIROCINIO') AND s.start_date BETWEEN ? AND ?"
                + " GROUP BY 1, 2 ORDER BY 1, 2",
            rs ->
                new Object[] {
                  rs.getInt(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)
                },
            from,
            to)) {
      long activated = (Long) c[2];
      rows.add(
          row(c[0], c[1], "continued", c[3], activated, Share.percent((Long) c[3], activated)));
      rows.add(
          row(
              c[0],
              c[1],
              "turned into hiring",
              c[4],
              activated,
              Share.percent((Long) c[4], activated)));
    }
    List<List<Object>> contracts = new ArrayList<>();
    for (Object[] c :
        sql.query(
            "SELECT extract(year FROM s.start_date)::int, s.type, coalesce(n.contract, 'NONE'),"
                + " count(*) FROM placement s JOIN placement n ON n.previous_id = s.id"
                + " AND n.link = 'TRANSFORMATION'"
                + " WHERE s.type IN ('STAGE', 'TIROCINIO') AND s.start_date BETWEEN ? AND ?"
                + " GROUP BY 1, 2, 3 ORDER BY 1, 2, 4 DESC, 3",
            rs -> new Object[] {rs.getInt(1), rs.getString(2), rs.getString(3), rs.getLong(4)},
            from,
            to)) {
      contracts.add(row(c[0], c[1], c[2], c[3]));
    }
    return List.of(
        new ReportTable(
            "stage-outcomes",
            "Stages and tirocini activated in the period, each type apart, by year of activation:"
                + " continued (renewed or extended) and turned into a hiring",
            List.of("year", "type", "outcome", "numerator", "denominator", "percent"),
            rows),
        new ReportTable(
            "stage-hirings-by-contract",
            "The hirings stages and tirocini activated in the period turned into, by contract",
            List.of("year", "type", "contract", "hirings"),
            contracts));
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
   * The follow-up survey of people out of the protocol, per person surveyed in the period: whether
   * they answered at least one survey (the response rate), and from their latest answered survey
   * whether they work, with which contract, and how many job offers they received.
   */
  private List<ReportTable> followUp(LocalDate from, LocalDate to) {
    String latest =
        "WITH latest AS (SELECT DISTINCT ON (candidate_id) candidate_id, working, contract,"
            + " offers_received FROM follow_up WHERE answered AND surveyed_on BETWEEN ? AND ?"
            + " ORDER BY candidate_id, surveyed_on DESC, id DESC) ";
    long surveyed =
        sql.query(
                "SELECT count(DISTINCT candidate_id) FROM follow_up WHERE surveyed_on BETWEEN ? AND ?",
                rs -> rs.getLong(1),
                from,
                to)
            .get(0);
    Object[] c =
        sql.query(
                latest
                    + "SELECT count(*), count(*) FILTER (WHERE working),"
                    + " count(*) FILTER (WHERE offers_received > 0),"
                    + " count(*) FILTER (WHERE offers_received = 0),"
                    + " count(*) FILTER (WHERE offers_received = 1),"
                    + " count(*) FILTER (WHERE offers_received = 2),"
                    + " count(*) FILTER (WHERE offers_received >= 3) FROM latest",
                rs ->
                    new Object[] {
                      rs.getLong(1),
                      rs.getLong(2),
                      rs.getLong(3),
                      rs.getLong(4),
                      rs.getLong(5),
                      rs.getLong(6),
                      rs.getLong(7)
                    },
                from,
                to)
            .get(0);
    long answered = (Long) c[0];
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
    String[] bands = {"NONE", "ONE", "TWO", "THREE_OR_MORE"};
    List<List<Object>> offers = new ArrayList<>();
    for (int i = 0; i < bands.length; i++) {
      long n = (Long) c[3 + i];
      offers.add(row(bands[i], n, answered, Share.percent(n, answered)));
    }
    return List.of(
        new ReportTable(
            "follow-up",
            "Follow-up survey of people out of the protocol, per person surveyed in the period:"
                + " answered (response rate); then, from each one's latest answered survey, working"
                + " and received at least one job offer",
            List.of("measure", "numerator", "denominator", "percent"),
            List.of(
                row("answered", answered, surveyed, Share.percent(answered, surveyed)),
                row("working", working, answered, Share.percent(working, answered)),
                row("received offers", offered, answered, Share.percent(offered, answered)))),
        new ReportTable(
            "follow-up-contracts",
            "Contracts of the people working at their latest answered follow-up survey in the"
                + " period",
            List.of("contract", "people", "ofWorking", "percent"),
            contracts),
        new ReportTable(
            "follow-up-offers",
            "Job offers received by the people who answered, at their latest answered survey in the"
                + " period: none, one, two, three or more",
            List.of("offers", "people", "ofAnswered", "percent"),
            offers));
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
