package it.ponte.bench.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Operators at work: each virtual user is an operator of one territory who, without pause, takes
 * the next person registered there through the whole flow - finds them by name, opens their record,
 * records their first interview with its assessment, brings them into the protocol, ranks the
 * candidates of one of the territory's personnel requests, proposes the person for it, records
 * their hiring, and reads the territory's activity report for the year. Every step is measured on
 * its own and a journey counts when all nine answered as they should. A warm-up of the same work
 * comes first and is not measured. Gatling instantiates the class; the plan comes from {@link
 * #plan}, set before {@link GatlingRun#journeys} starts it.
 */
public final class JourneySimulation extends Simulation {

  /**
   * One territory: its operator, a company, the company's open personnel requests, and the ids of
   * the people registered there for the journeys (each journey takes the next).
   */
  public record Territory(
      String id, String operator, long company, List<Long> vacancies, List<Long> people) {}

  public record Plan(
      String baseUrl,
      int users,
      Duration warmUp,
      Duration duration,
      List<Territory> territories,
      Function<String, String> tokens) {}

  /** The steps, in order, as the results name them. */
  public static final List<String> STEPS =
      List.of(
          "search by name",
          "open the record",
          "schedule the interview",
          "record the assessment",
          "bring into the protocol",
          "rank the matches",
          "propose for the request",
          "record the hiring",
          "read the activity report");

  public static final String JOURNEY = "whole journey";

  /** The first failures are printed with what the server answered, for a run to be read. */
  private static final AtomicInteger FAILURES_SHOWN = new AtomicInteger();

  static volatile Plan plan;
  static volatile Recorder recorder;

  /** The next person of each territory; a person is taken once in a whole benchmark. */
  static volatile AtomicInteger[] next;

  public JourneySimulation() {
    Plan p = plan;
    HttpProtocolBuilder protocol =
        http.baseUrl(p.baseUrl()).acceptHeader("application/json").disableCaching();
    ScenarioBuilder operators =
        scenario("journeys")
            .exec(s -> s.set("t", (int) (s.userId() % p.territories().size())))
            .during(p.warmUp())
            .on(journey(p, null, "warm-up: "))
            .during(p.duration())
            .on(journey(p, recorder, ""));
    setUp(operators.injectOpen(atOnceUsers(p.users()))).protocols(protocol);
  }

  private static ChainBuilder journey(Plan p, Recorder r, String prefix) {
    LocalDate today = LocalDate.now();
    ChainBuilder start =
        exec(
            s -> {
              int t = s.getInt("t");
              Territory territory = p.territories().get(t);
              int n = next[t].getAndIncrement();
              if (n >= territory.people().size()) {
                throw new IllegalStateException(
                    "Territory " + territory.id() + " ran out of people for journeys");
              }
              return s.set("base", "/api/t/" + territory.id())
                  .set("person", territory.people().get(n))
                  .set("surname", "Percorso" + territory.people().get(n))
                  .set("vacancy", territory.vacancies().get(n % territory.vacancies().size()))
                  .set("company", territory.company())
                  .set("started", System.nanoTime())
                  .set("ok", true);
            });
    return start
        .exec(
            step(
                p,
                r,
                0,
                http(prefix + STEPS.get(0))
                    .get(s -> s.getString("base") + "/candidates?q=" + s.getString("surname")),
                200))
        .exec(
            step(
                p,
                r,
                1,
                http(prefix + STEPS.get(1))
                    .get(s -> s.getString("base") + "/candidates/" + s.getLong("person")),
                200))
        .exec(
            step(
                p,
                r,
                2,
                http(prefix + STEPS.get(2))
                    .post(
                        s ->
                            s.getString("base")
                                + "/candidates/"
                                + s.getLong("person")
                                + "/interviews")
                    .body(
                        StringBody(
                            s -> "{\"scheduledAt\": \"" + OffsetDateTime.now().withNano(0) + "\"}"))
                    .asJson()
                    .check(jsonPath("$.id").optional().saveAs("interview")),
                201))
        .exec(
            step(
                p,
                r,
                3,
                http(prefix + STEPS.get(3))
                    .post(
                        s ->
                            s.getString("base")
                                + "/candidates/"
                                + s.getLong("person")
                                + "/interviews/"
                                + s.getString("interview")
                                + "/assessment")
                    .body(
                        StringBody(
                            "{\"profileType\": \"IN_TARGET\", \"readiness\": \"READY\","
                                + " \"sectors\": [\"LOGISTICS\"]}"))
                    .asJson(),
                200))
        .exec(
            step(
                p,
                r,
                4,
                http(prefix + STEPS.get(4))
                    .post(
                        s ->
                            s.getString("base")
                                + "/candidates/"
                                + s.getLong("person")
                                + "/transitions")
                    .body(StringBody("{\"to\": \"IN_PROTOCOL\"}"))
                    .asJson(),
                200))
        .exec(
            step(
                p,
                r,
                5,
                http(prefix + STEPS.get(5))
                    .get(
                        s ->
                            s.getString("base")
                                + "/vacancies/"
                                + s.getLong("vacancy")
                                + "/matches"),
                200))
        .exec(
            step(
                p,
                r,
                6,
                http(prefix + STEPS.get(6))
                    .post(
                        s ->
                            s.getString("base")
                                + "/vacancies/"
                                + s.getLong("vacancy")
                                + "/selections")
                    .body(StringBody(s -> "{\"candidateId\": " + s.getLong("person") + "}"))
                    .asJson(),
                201))
        .exec(
            step(
                p,
                r,
                7,
                http(prefix + STEPS.get(7))
                    .post(s -> s.getString("base") + "/placements")
                    .body(
                        StringBody(
                            s ->
                                "{\"candidateId\": %d, \"companyId\": %d, \"vacancyId\": %d,"
                                        .formatted(
                                            s.getLong("person"),
                                            s.getLong("company"),
                                            s.getLong("vacancy"))
                                    + " \"type\": \"HIRING\", \"contract\": \"FIXED_TERM\","
                                    + " \"startDate\": \""
                                    + today
                                    + "\", \"endDate\": \""
                                    + today.plusMonths(6)
                                    + "\", \"hoursPerWeek\": 30}"))
                    .asJson(),
                201))
        .exec(
            step(
                p,
                r,
                8,
                http(prefix + STEPS.get(8))
                    .get(
                        s ->
                            s.getString("base")
                                + "/reports/activity?from="
                                + today.withDayOfYear(1)
                                + "&to="
                                + today),
                200))
        .exec(
            s -> {
              if (r != null) {
                r.record(
                    JOURNEY,
                    (int) ((System.nanoTime() - s.getLong("started")) / 1_000_000),
                    s.getBoolean("ok"));
              }
              return s.markAsSucceeded();
            });
  }

  /**
   * One step: the request with the operator's token, then its response time and outcome into the
   * recorder (null: not measured). A step that fails marks the journey as failed; the next steps
   * still run, and answer what the server makes of them.
   */
  private static ChainBuilder step(
      Plan p, Recorder r, int index, HttpRequestActionBuilder request, int expected) {
    ChainBuilder sent =
        exec(
            request
                .header("Authorization", s -> "Bearer " + p.tokens().apply(operator(p, s)))
                .check(
                    status().is(expected),
                    status().saveAs("status"),
                    responseTimeInMillis().saveAs("rt"),
                    bodyString().saveAs("body")));
    return sent.exec(
        s -> {
          boolean ok = s.contains("status") && s.getInt("status") == expected && !s.isFailed();
          if (r != null) {
            r.record(STEPS.get(index), s.contains("rt") ? s.getInt("rt") : 0, ok);
          }
          if (!ok && FAILURES_SHOWN.incrementAndGet() <= 10) {
            System.out.println(
                "Journey step '"
                    + STEPS.get(index)
                    + "' answered "
                    + (s.contains("status") ? s.getInt("status") : "nothing")
                    + ": "
                    + (s.contains("body") ? s.getString("body") : ""));
          }
          return s.remove("status")
              .remove("rt")
              .remove("body")
              .set("ok", s.getBoolean("ok") && ok)
              .markAsSucceeded();
        });
  }

  private static String operator(Plan p, Session s) {
    return p.territories().get(s.getInt("t")).operator();
  }
}
