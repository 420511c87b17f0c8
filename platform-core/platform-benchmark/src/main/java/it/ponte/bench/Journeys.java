package it.ponte.bench;

import it.ponte.bench.load.GatlingRun;
import it.ponte.bench.load.JourneySimulation;
import it.ponte.bench.load.Recorder;
import it.ponte.it.TestData;
import it.ponte.launcher.PonteInstance;
import it.ponte.launcher.Tokens;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Operators' whole journeys under load (see {@link JourneySimulation}), part of the load benchmark:
 * each territory gets a company with five personnel requests, people already in the protocol for
 * the ranking to weigh, and people just registered for the journeys to take one by one. The people
 * are written straight into the territory's tables with one statement each (a journey itself goes
 * through the API only). The platform gets a minute of journeys before the measured run, as the
 * code paths differ from the reads measured before.
 */
final class Journeys {

  private static final int PEOPLE = Integer.getInteger("bench.journey.people", 1_500);
  private static final int MATCHABLE = Integer.getInteger("bench.journey.matchable", 1_000);
  private static final Duration PLATFORM_WARM_UP =
      Duration.ofSeconds(Long.getLong("bench.journey.platform.warmup.seconds", 60));

  private final PonteInstance instance;
  private final BenchApi api;
  private final Tokens tokens;
  private final Results results;
  private final Path reports;

  Journeys(PonteInstance instance, BenchApi api, Tokens tokens, Results results, Path reports) {
    this.instance = instance;
    this.api = api;
    this.tokens = tokens;
    this.results = results;
    this.reports = reports;
  }

  /** Prepares the territories (their operators exist), runs the journeys and adds the figures. */
  void measure(List<String> territories, int users, Duration warmUp, Duration run)
      throws Exception {
    long t = System.nanoTime();
    List<JourneySimulation.Territory> prepared = new ArrayList<>();
    for (String territory : territories) {
      prepared.add(prepare(territory));
    }
    System.out.printf(
        Locale.ROOT,
        "Prepared %d territories for journeys in %.0f s%n",
        prepared.size(),
        (System.nanoTime() - t) / 1e9);
    String base = instance.baseUrl();
    GatlingRun.journeys(
        "journeys-warm-up",
        new JourneySimulation.Plan(
            base, users, PLATFORM_WARM_UP, Duration.ZERO, prepared, tokens::of),
        reports);
    GatlingRun.Outcome outcome =
        GatlingRun.journeys(
            "journeys-" + territories.size() + "-territories",
            new JourneySimulation.Plan(base, users, warmUp, run, prepared, tokens::of),
            reports);
    String what = "Operator journeys, " + territories.size() + " territories";
    Recorder.Stats journey = outcome.of(JourneySimulation.JOURNEY);
    results.add(what + ": journeys completed", journey.perSecond(), "per s", null);
    results.add(what + ": whole journey p95", journey.p95(), "ms", null);
    results.add(what + ": journeys with an error", journey.errors(), "", "0");
    for (String step : JourneySimulation.STEPS) {
      Recorder.Stats s = outcome.of(step);
      results.add(
          what
              + ": "
              + step
              + ", p95 (p50 "
              + Math.round(s.p50())
              + " ms, errors "
              + s.errors()
              + ")",
          s.p95(),
          "ms",
          null);
    }
    results.note(
        String.format(
            Locale.ROOT,
            "Journeys: %d virtual users, each an operator of one of %d territories, take the next"
                + " registered person through nine requests without pause (search by name, open"
                + " the record, schedule the interview, record the assessment, bring into the"
                + " protocol, rank the matches of a personnel request, propose, record the hiring,"
                + " read the year's activity report); %d people in protocol per territory for the"
                + " ranking. %d journeys measured over %d s after %d s of journeys not measured.",
            users,
            territories.size(),
            MATCHABLE,
            journey.count(),
            run.toSeconds(),
            PLATFORM_WARM_UP.toSeconds() + warmUp.toSeconds()));
  }

  private JourneySimulation.Territory prepare(String territory) throws Exception {
    String operator = "carico." + territory;
    String base = "/api/t/" + territory;
    long company =
        api.create(
            operator,
            base + "/companies",
            "{\"name\": \"Percorsi Logistica\", \"vatNumber\": \""
                + TestData.vatNumber(60_000_000 + Math.abs(territory.hashCode() % 1_000_000))
                + "\", \"boardJoinedOn\": \"2024-01-15\"}");
    List<Long> vacancies = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      vacancies.add(
          api.create(
              operator,
              base + "/companies/" + company + "/vacancies",
              """
              {"profession": "8.1.3.1.0", "positions": 1000, "sector": "LOGISTICS",
               "shifts": ["MORNING"],
               "requirements": [{"kind": "LICENCE", "value": "FORKLIFT"},
                                {"kind": "ITALIAN_LEVEL", "value": "B1"}]}
              """));
    }
    String schema = "t_" + territory.replace('-', '_');
    List<Long> people = new ArrayList<>();
    try (Connection c =
            DriverManager.getConnection(
                instance.jdbcUrl(), instance.dbUser(), instance.dbPassword());
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO "
              + schema
              + ".candidate (first_name, last_name, birth_date, gender, citizenship, zone,"
              + " education, italian_level, licences, has_car, availability, readiness, sectors,"
              + " profile_type, employability, status, status_changed_at, registered_at,"
              + " first_interview_at)"
              + " SELECT 'Pronta', 'Protocollo ' || i, date '1975-01-01' + (i % 12000),"
              + " CASE WHEN i % 2 = 0 THEN 'FEMALE' ELSE 'MALE' END, 'IT', 'Centro',"
              + " 'UPPER_SECONDARY', (ARRAY['A2','B1','B2','NATIVE'])[1 + i % 4],"
              + " CASE WHEN i % 3 = 0 THEN 'DRIVING_B,FORKLIFT' ELSE 'DRIVING_B' END, i % 2 = 0,"
              + " 'MORNING', 'READY', 'LOGISTICS', 'IN_TARGET', 'WITH_SUPPORT', 'IN_PROTOCOL',"
              + " now(), now() - (i % 300) * interval '1 day', now() - (i % 200) * interval '1 day'"
              + " FROM generate_series(1, "
              + MATCHABLE
              + ") AS i");
      // People just registered, each with a surname of their own for the search to find.
      s.execute(
          "INSERT INTO "
              + schema
              + ".candidate (first_name, last_name, birth_date, gender, citizenship, zone,"
              + " status, status_changed_at, registered_at)"
              + " SELECT 'Nuova', 'Percorso', date '1980-01-01' + (i % 9000),"
              + " CASE WHEN i % 2 = 0 THEN 'FEMALE' ELSE 'MALE' END, 'IT', 'Centro', 'REGISTERED',"
              + " now(), now() FROM generate_series(1, "
              + PEOPLE
              + ") AS i");
      s.execute(
          "UPDATE "
              + schema
              + ".candidate SET last_name = 'Percorso' || id WHERE last_name = 'Percorso'");
      try (ResultSet rs =
          s.executeQuery(
              "SELECT id FROM " + schema + ".candidate WHERE first_name = 'Nuova' ORDER BY id")) {
        while (rs.next()) {
          people.add(rs.getLong(1));
        }
      }
      s.execute("ANALYZE " + schema + ".candidate");
    }
    return new JourneySimulation.Territory(
        territory, operator, company, List.copyOf(vacancies), List.copyOf(people));
  }
}
