package it.ponte.reporting.application;

import it.ponte.api.core.TenantSql;
import it.ponte.reporting.application.ActivityReports.Cell;
import it.ponte.reporting.domain.DayCounts;
import it.ponte.reporting.domain.ListedValues;
import it.ponte.reporting.domain.ReportTable;
import it.ponte.reporting.domain.Share;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The people first interviewed in a period, read in one scan of the candidates and grouped four
 * ways at once (PostgreSQL's grouping sets): by gender, nationality, age class, employability,
 * profile and readiness; by age class, zone, education and Italian level; by their languages,
 * licences and difficulties as written, with employability; by the days from registration to first
 * interview. Java sums the groups into every table about these people.
 *
 * <p>What keeps the scan cheap: the age at the first interview (as a class from which both the age
 * bands and under/from 35 follow) and the days from registration to it, both on the territory's
 * calendar, are stored on the person's row when the interview is recorded (changeset core-0026), so
 * nothing is computed per person here and the groups are keyed by small numbers; lists are grouped
 * as written and split here, not unnested.
 */
final class InterviewedPeople {

  /**
   * The age band of the #Focus profile for each age class at the first interview that the candidate
   * trigger stores (core-0026: 0 no birth date, 1 under 20, 2 20-29, 3 30-34, 4 35-39, 5 40-49, 6
   * 50-59, 7 60 and over).
   */
  private static final String[] BAND = {
    "UNKNOWN", "UNDER_20", "20_29", "30_39", "30_39", "40_49", "50_59", "60_PLUS"
  };

  /** Under or from 35 at the first interview, for the same classes. */
  private static final String[] AGE_35 = {
    "UNKNOWN", "UNDER_35", "UNDER_35", "UNDER_35", "FROM_35", "FROM_35", "FROM_35", "FROM_35"
  };

  private final List<Cell> cells = new ArrayList<>();
  private final Map<String, Map<String, Long>> profile = new java.util.LinkedHashMap<>();
  private final ListedValues languages = new ListedValues();
  private final ListedValues licences = new ListedValues();
  private final ListedValues difficulties = new ListedValues();
  private final Map<List<String>, Long> difficultyByEmployability =
      new TreeMap<>(
          (a, b) -> {
            int c = a.get(0).compareTo(b.get(0));
            return c != 0 ? c : a.get(1).compareTo(b.get(1));
          });
  private final DayCounts days = new DayCounts();
  private long withinTarget;

  private InterviewedPeople() {
    for (String d : List.of("ageBand", "zone", "education", "italianLevel")) {
      profile.put(d, new TreeMap<>());
    }
  }

  /**
   * Reads the people first interviewed in {@code [start, end)}.
   *
   * @param slaDays the territory's target days from registration to the first interview
   */
  static InterviewedPeople read(
      TenantSql sql, OffsetDateTime start, OffsetDateTime end, int slaDays) {
    String people =
        "SELECT gender, "
            + ActivityReports.NATIONALITY
            + " AS nationality, coalesce(first_interview_age_class, 0) AS age_class,"
            + " coalesce(employability, 'NOT_ASSESSED') AS employability, profile_type, readiness,"
            + " coalesce(zone, 'UNKNOWN') AS zone, coalesce(education, 'UNKNOWN') AS education,"
            + " coalesce(italian_level, 'UNKNOWN') AS italian_level,"
            + " languages, licences, difficulties, first_interview_days AS days,"
            + " first_interview_at <= registered_at + make_interval(days => ?) AS within_target"
            + " FROM candidate WHERE first_interview_at >= ? AND first_interview_at < ?";
    String query =
        "SELECT CASE WHEN GROUPING(gender) = 0 THEN 1 WHEN GROUPING(zone) = 0 THEN 2"
            + " WHEN GROUPING(languages) = 0 THEN 3 ELSE 4 END, gender, nationality, age_class,"
            + " employability, profile_type, readiness, zone, education, italian_level,"
            + " languages, licences, difficulties, days, within_target, count(*) FROM ("
            + people
            + ") AS people GROUP BY GROUPING SETS"
            + " ((gender, nationality, age_class, employability, profile_type, readiness),"
            + " (age_class, zone, education, italian_level),"
            + " (languages, licences, difficulties, employability), (days, within_target))";
    useMemoryForGrouping(sql);
    InterviewedPeople read = new InterviewedPeople();
    sql.query(
        query,
        rs -> {
          long n = rs.getLong(16);
          switch (rs.getInt(1)) {
            case 1 ->
                read.addCell(
                    rs.getString(2),
                    rs.getString(3),
                    AGE_35[rs.getInt(4)],
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7),
                    n);
            case 2 -> {
              String[] keys = {
                BAND[rs.getInt(4)], rs.getString(8), rs.getString(9), rs.getString(10)
              };
              int k = 0;
              for (Map<String, Long> sums : read.profile.values()) {
                sums.merge(keys[k++], n, Long::sum);
              }
            }
            case 3 ->
                read.addLists(
                    rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(5), n);
            default -> {
              read.days.add(rs.getInt(14), n);
              if (rs.getBoolean(15)) {
                read.withinTarget += n;
              }
            }
          }
          return null;
        },
        slaDays,
        start,
        end);
    return read;
  }

  /**
   * Lets the transaction's grouping keep its hash tables in memory (32 MB; the default 4 MB sorts
   * the people interviewed in a year on disk).
   */
  static void useMemoryForGrouping(TenantSql sql) {
    sql.query("SELECT set_config('work_mem', '32MB', true)", rs -> null);
  }

  private void addCell(
      String gender,
      String nationality,
      String age,
      String employability,
      String profileType,
      String readiness,
      long n) {
    boolean inTarget = "IN_TARGET".equals(profileType) || "FRAGILE".equals(profileType);
    cells.add(
        new Cell(
            gender,
            nationality,
            age,
            employability,
            n,
            "STRONG".equals(profileType) ? n : 0,
            inTarget ? n : 0,
            "FRAGILE".equals(profileType) ? n : 0,
            inTarget && "READY".equals(readiness) ? n : 0,
            inTarget && "NOT_READY".equals(readiness) ? n : 0,
            inTarget && "ASSESSMENT_ONGOING".equals(readiness) ? n : 0));
  }

  private void addLists(
      String languageList,
      String licenceList,
      String difficultyList,
      String employability,
      long n) {
    languages.add(languageList, n);
    licences.add(licenceList, n);
    difficulties.add(difficultyList, n);
    var recorded = ListedValues.values(difficultyList);
    for (String d : recorded.isEmpty() ? List.of("NONE_RECORDED") : recorded) {
      difficultyByEmployability.merge(List.of(d, employability), n, Long::sum);
    }
  }

  /** The people in fine groups, for every table that sums them. */
  List<Cell> cells() {
    return cells;
  }

  /**
   * The first-interview target: among the people first interviewed in the period, those seen within
   * the territory's days from their registration, and the median days it took (calendar days in the
   * territory's time zone).
   */
  ReportTable sla(int slaDays) {
    long interviewed = days.total();
    return new ReportTable(
        "first-interview-sla",
        "People first interviewed in the period within the territory's target days from their"
            + " registration, and the median days from registration to first interview",
        List.of("slaDays", "interviewed", "withinTarget", "percent", "medianDays"),
        List.of(
            Arrays.asList(
                slaDays,
                interviewed,
                withinTarget,
                Share.percent(withinTarget, interviewed),
                days.median())));
  }

  /**
   * The #Focus profile of the people: age band at the interview, zone, education, Italian level,
   * and - a person counted once in each - languages, licences and difficulties; then difficulties
   * by employability.
   */
  List<ReportTable> profile() {
    long total = days.total();
    Map<String, Map<String, Long>> dimensions = new java.util.LinkedHashMap<>(profile);
    dimensions.put("languages", languages.counts());
    dimensions.put("licences", licences.counts());
    dimensions.put("difficulties", difficulties.counts());
    List<List<Object>> rows = new ArrayList<>();
    dimensions.forEach(
        (dimension, counts) ->
            counts.forEach(
                (group, n) ->
                    rows.add(Arrays.asList(dimension, group, n, total, Share.percent(n, total)))));
    List<List<Object>> crossed = new ArrayList<>();
    difficultyByEmployability.forEach(
        (key, n) -> crossed.add(Arrays.asList(key.get(0), key.get(1), n)));
    return List.of(
        new ReportTable(
            "interviewed-profile",
            "Profile of the people first interviewed in the period (#Focus): age band at the"
                + " interview, zone, education, Italian level; languages, licences and difficulties"
                + " count a person once in each of theirs, so their shares may add up to more than"
                + " 100",
            List.of("dimension", "group", "people", "ofPeople", "percent"),
            rows),
        new ReportTable(
            "difficulties-by-employability",
            "People first interviewed in the period by difficulty and employability (a person once"
                + " in each of their difficulties; NONE_RECORDED: no difficulty recorded)",
            List.of("difficulty", "employability", "people"),
            crossed));
  }
}
