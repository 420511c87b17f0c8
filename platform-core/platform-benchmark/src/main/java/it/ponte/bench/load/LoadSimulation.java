package it.ponte.bench.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.doIfOrElse;
import static io.gatling.javaapi.core.CoreDsl.exec;
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
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * Operators of many territories at once: each virtual user is an operator of one territory (users
 * spread evenly over them), signed in with a real token, who without pause reads a company of the
 * territory ({@code GET companies/{id}}) and, in a share of the iterations, registers a new one
 * ({@code POST companies}), each user on its own keep-alive connection. A warm-up of the same work
 * comes first and is not measured. Against the ceiling application the same users read its made-up
 * company instead. Gatling instantiates the class; the plan comes from {@link #plan}, set by {@link
 * GatlingRun} before it starts.
 */
public final class LoadSimulation extends Simulation {

  /** One territory, its operator and the ids of companies to read. */
  public record Territory(String id, String operator, List<Long> companies) {}

  /**
   * @param baseUrl the server
   * @param pathPrefix "/api/t/" for Ponte, or the ceiling application's equivalent
   * @param writeShare the share of iterations that register a company (0 for reads only)
   * @param tokens an access token of an operator
   * @param vatNumbers a new valid VAT number for the n-th company written
   */
  public record Plan(
      String baseUrl,
      String pathPrefix,
      int users,
      Duration warmUp,
      Duration duration,
      List<Territory> territories,
      double writeShare,
      Function<String, String> tokens,
      LongFunction<String> vatNumbers) {}

  static final String READ = "read one company";
  static final String WRITE = "register a company";

  static volatile Plan plan;
  static volatile Recorder recorder;

  private static final AtomicLong WRITES = new AtomicLong();

  public LoadSimulation() {
    Plan p = plan;
    Recorder r = recorder;
    HttpProtocolBuilder protocol =
        http.baseUrl(p.baseUrl()).acceptHeader("application/json").disableCaching();
    ScenarioBuilder operators =
        scenario("operators")
            .exec(s -> s.set("territory", territory(p, s).id()))
            .during(p.warmUp())
            .on(work(p, null, "warm-up: "))
            .during(p.duration())
            .on(work(p, r, ""));
    setUp(operators.injectOpen(atOnceUsers(p.users()))).protocols(protocol);
  }

  private static ChainBuilder work(Plan p, Recorder r, String prefix) {
    ChainBuilder read =
        measured(
            http(prefix + READ)
                .get(
                    s ->
                        p.pathPrefix()
                            + s.getString("territory")
                            + "/companies/"
                            + randomCompany(p, s))
                .header("Authorization", s -> "Bearer " + p.tokens().apply(operator(p, s)))
                .check(status().is(200)),
            r,
            READ,
            200);
    if (p.writeShare() <= 0) {
      return read;
    }
    ChainBuilder write =
        measured(
            http(prefix + WRITE)
                .post(s -> p.pathPrefix() + s.getString("territory") + "/companies")
                .header("Authorization", s -> "Bearer " + p.tokens().apply(operator(p, s)))
                .body(
                    StringBody(
                        s ->
                            "{\"name\": \"Carico "
                                + s.userId()
                                + "\", \"vatNumber\": \""
                                + p.vatNumbers().apply(WRITES.incrementAndGet())
                                + "\"}"))
                .asJson()
                .check(status().is(201)),
            r,
            WRITE,
            201);
    return doIfOrElse(s -> ThreadLocalRandom.current().nextDouble() < p.writeShare())
        .then(write)
        .orElse(read);
  }

  /** The request, then its response time and outcome into the recorder (null: not measured). */
  private static ChainBuilder measured(
      HttpRequestActionBuilder request, Recorder r, String name, int expected) {
    // A session stays failed once a request failed: cleared first, so that only this request's
    // outcome is recorded (a failure in the warm-up was counted against the first measured one).
    ChainBuilder sent =
        exec(Session::markAsSucceeded)
            .exec(request.check(status().saveAs("status"), responseTimeInMillis().saveAs("rt")));
    if (r == null) {
      return sent;
    }
    return sent.exec(
        s -> {
          boolean ok = s.contains("status") && s.getInt("status") == expected && !s.isFailed();
          r.record(name, s.contains("rt") ? s.getInt("rt") : 0, ok);
          return s.remove("status").remove("rt").markAsSucceeded();
        });
  }

  private static Territory territory(Plan p, Session s) {
    return p.territories().get((int) (s.userId() % p.territories().size()));
  }

  private static String operator(Plan p, Session s) {
    return territory(p, s).operator();
  }

  private static long randomCompany(Plan p, Session s) {
    List<Long> companies = territory(p, s).companies();
    return companies.get(ThreadLocalRandom.current().nextInt(companies.size()));
  }
}
