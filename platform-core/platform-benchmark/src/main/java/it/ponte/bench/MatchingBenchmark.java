package it.ponte.bench;

import it.ponte.it.TestData;
import it.ponte.launcher.PonteInstance;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures vacancy matching on a territory with many candidates (100,000 by default) and prints the
 * figures; asserts nothing. The candidates are written straight into the tenant's table with one
 * SQL statement, with a realistic spread of zones, licences, Italian levels, readiness and sectors;
 * about 70% are in protocol. Run with {@code ./mvnw -Pbenchmark -Dbench.platform.skip}.
 */
public final class MatchingBenchmark {

  private static final int CANDIDATES = Integer.getInteger("bench.candidates", 100_000);
  private static final int WARMUP = 20;
  private static final int REQUESTS = 100;

  private final Results results = new Results("matching");
  private BenchApi api;

  public static void main(String[] args) throws Exception {
    new MatchingBenchmark().run();
  }

  private void run() throws Exception {
    PonteInstance instance = BenchPlatform.instance("match");
    try (instance) {
      instance.start();
      api = new BenchApi(instance.baseUrl(), instance.tokens());

      long t = System.nanoTime();
      try (Connection c =
              DriverManager.getConnection(
                  instance.jdbcUrl(), instance.dbUser(), instance.dbPassword());
          Statement s = c.createStatement()) {
        s.execute(
            "INSERT INTO t_bergamo.candidate (first_name, last_name, birth_date, gender,"
                + " citizenship, zone, education, italian_level, licences, has_car, availability,"
                + " readiness, sectors, status, status_changed_at, registered_at)"
                + " SELECT 'Bench', 'Person ' || i, date '1970-01-01' + (i % 15000),"
                + " CASE WHEN i % 2 = 0 THEN 'FEMALE' ELSE 'MALE' END, 'IT',"
                + " (ARRAY['Bergamo-Almè-Mozzo-Gorle','Valle Seriana','Bassa','Val Cavallina',"
                + "'Valle Imagna','Isola'])[1 + i % 6],"
                + " (ARRAY['LOWER_SECONDARY','UPPER_SECONDARY','VOCATIONAL_QUALIFICATION','DEGREE'])[1 + i % 4],"
                + " (ARRAY['A1','A2','B1','B2','C1','NATIVE'])[1 + (i / 7) % 6],"
                + " CASE WHEN i % 10 < 3 THEN 'DRIVING_B,FORKLIFT' WHEN i % 10 < 6 THEN 'DRIVING_B'"
                + " ELSE NULL END,"
                + " i % 3 <> 0, CASE WHEN i % 2 = 0 THEN 'AFTERNOON,MORNING' ELSE 'MORNING' END,"
                + " (ARRAY['READY','NOT_READY','ASSESSMENT_ONGOING'])[1 + i % 3],"
                + " (ARRAY['LOGISTICS','CLEANING','PRODUCTION','CARE','RESTAURANTS'])[1 + (i / 3) % 5],"
                + " CASE WHEN i % 10 < 7 THEN 'IN_PROTOCOL' ELSE 'ASSESSED' END, now(), now()"
                + " FROM generate_series(1, "
                + CANDIDATES
                + ") AS i");
        s.execute("ANALYZE t_bergamo.candidate");
      }
      System.out.printf(
          Locale.ROOT,
          "Loaded %,d candidates into bergamo in %.1f s%n",
          CANDIDATES,
          (System.nanoTime() - t) / 1e9);

      long company =
          post(
              "/api/t/bergamo/companies",
              "{\"name\": \"Bench Logistica\", \"vatNumber\": \""
                  + TestData.vatNumber(7_000_001)
                  + "\"}");
      long soft =
          post(
              "/api/t/bergamo/companies/" + company + "/vacancies",
              """
              {"profession": "8.1.3.1.0", "positions": 3, "zone": "Bassa", "sector": "LOGISTICS",
               "shifts": ["MORNING", "AFTERNOON"],
               "requirements": [{"kind": "LICENCE", "value": "FORKLIFT"},
                                {"kind": "ITALIAN_LEVEL", "value": "B1"}, {"kind": "CAR"}]}
              """);
      long hard =
          post(
              "/api/t/bergamo/companies/" + company + "/vacancies",
              """
              {"profession": "8.1.3.1.0", "positions": 3, "zone": "Bassa", "sector": "LOGISTICS",
               "shifts": ["MORNING"],
               "requirements": [{"kind": "LICENCE", "value": "FORKLIFT", "mandatory": true},
                                {"kind": "ITALIAN_LEVEL", "value": "B1", "mandatory": true}]}
              """);
      measure("Matches, soft requirements only", "/api/t/bergamo/vacancies/" + soft + "/matches");
      measure(
          "Matches, mandatory licence + Italian level",
          "/api/t/bergamo/vacancies/" + hard + "/matches");

      // A year of activity on the same territory: registrations and first interviews spread over
      // the last 365 days, one placement for every fifth person.
      try (Connection c =
              DriverManager.getConnection(
                  instance.jdbcUrl(), instance.dbUser(), instance.dbPassword());
          Statement s = c.createStatement()) {
        s.execute(
            "UPDATE t_bergamo.candidate SET registered_at = now() - (id % 365) * interval '1 day',"
                + " first_interview_at = CASE WHEN id % 10 < 7 THEN now() - (id % 300) * interval '1 day' END,"
                + " profile_type = (ARRAY['STRONG','IN_TARGET','FRAGILE'])[1 + id % 3],"
                + " employability = (ARRAY['IMMEDIATELY','WITH_SUPPORT','WITH_PATHWAY','POORLY'])[1 + id % 4]"
                + " WHERE first_name = 'Bench'");
        s.execute(
            "INSERT INTO t_bergamo.placement (candidate_id, company_id, type, contract, start_date,"
                + " hours_per_week, created_at) SELECT id, "
                + company
                + ", (ARRAY['HIRING','HIRING','STAGE','TIROCINIO','MINI_JOB'])[1 + id % 5],"
                + " CASE WHEN id % 5 IN (2, 3) THEN NULL ELSE (ARRAY['FIXED_TERM','PERMANENT','ON_CALL'])[1 + id % 3] END,"
                + " current_date - (id % 360)::int, 30, now() FROM t_bergamo.candidate"
                + " WHERE first_name = 'Bench' AND id % 5 = 0");
        // What autovacuum does shortly after a bulk change: without it the first minutes measure
        // the vacuum and index-only scans that still visit every updated row.
        s.execute("VACUUM ANALYZE t_bergamo.candidate");
        s.execute("VACUUM ANALYZE t_bergamo.placement");
      }
      java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Rome"));
      measure(
          String.format(Locale.ROOT, "Activity report, one year, %,d candidates", CANDIDATES),
          "/api/t/bergamo/reports/activity?from=" + today.minusDays(364) + "&to=" + today);
      long hold = Long.getLong("bench.hold.seconds", 0);
      if (hold > 0) {
        // Keeps the loaded platform up, e.g. to EXPLAIN the report's queries on this data.
        System.out.printf(
            "Holding for %d s: %s (database %s, user %s)%n",
            hold, instance.baseUrl(), instance.jdbcUrl(), instance.dbUser());
        Thread.sleep(hold * 1000);
      }
    }
  }

  private void measure(String what, String path) throws Exception {
    String considered = "?";
    for (int i = 0; i < WARMUP; i++) {
      HttpResponse<String> r = get(path);
      Matcher m = Pattern.compile("\"considered\":(\\d+)").matcher(r.body());
      if (m.find()) {
        considered = m.group(1);
      }
    }
    double[] millis = new double[REQUESTS];
    for (int i = 0; i < REQUESTS; i++) {
      long t = System.nanoTime();
      HttpResponse<String> r = get(path);
      millis[i] = (System.nanoTime() - t) / 1e6;
      if (r.statusCode() != 200) {
        throw new IllegalStateException(path + " answered " + r.statusCode() + ": " + r.body());
      }
    }
    Arrays.sort(millis);
    String target = what.startsWith("Matches") ? "< 50 ms" : "< 150 ms";
    results.add(
        what
            + ", p95 ("
            + REQUESTS
            + " sequential"
            + (considered.equals("?") ? "" : ", " + considered + " ranked")
            + ")",
        millis[(int) Math.ceil(REQUESTS * 0.95) - 1],
        "ms",
        target);
    results.add(what + ", p50", millis[REQUESTS / 2 - 1], "ms", null);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return api.send("bergamo.operator", "GET", path, null);
  }

  private long post(String path, String json) throws Exception {
    return api.create("bergamo.operator", path, json);
  }
}
