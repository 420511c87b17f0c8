package it.ponte.bench;

import it.ponte.bench.ceiling.CeilingWar;
import it.ponte.bench.load.GatlingRun;
import it.ponte.bench.load.LoadSimulation;
import it.ponte.bench.load.Recorder;
import it.ponte.it.TestData;
import it.ponte.launcher.KeycloakAdmin;
import it.ponte.launcher.PonteInstance;
import it.ponte.launcher.Tokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The platform under concurrency, measured against its ceiling in the same run (issue #23):
 *
 * <ol>
 *   <li>the ceilings - a bare JAX-RS endpoint on the same Payara Micro (see {@link CeilingWar})
 *       read by the same virtual users as Ponte is, and the same read as Ponte's on the bare stack
 *       (JAX-RS, CDI, JTA, EclipseLink, the same SQL, none of Ponte's layers);
 *   <li>operators reading companies with 2 territories, then reading and registering companies
 *       across 50 territories, then the same after 600 territories are onboarded (and the 2
 *       territories' operators alone again, with 600 onboarded);
 *   <li>onboarding a territory, without plugins and with the three bundled ones; the federated
 *       report over 200 territories; start to ready with every territory;
 *   <li>operators' whole journeys across 50 territories, from finding a person to their hiring and
 *       the report (see {@link Journeys});
 *   <li>the heap after a long mixed load, against the heap before it, both after a full GC.
 * </ol>
 *
 * Load comes from Gatling (an HTML report per run next to the results); every figure goes to the
 * results file (see {@link Results}). Asserts nothing.
 */
public final class LoadBenchmark {

  private static final int USERS = Integer.getInteger("bench.load.users", 32);
  private static final int TERRITORIES = Integer.getInteger("bench.load.territories", 50);
  private static final int MANY = Integer.getInteger("bench.load.many", 600);
  private static final Duration RUN = Duration.ofSeconds(Long.getLong("bench.load.seconds", 60));
  private static final Duration WARM_UP =
      Duration.ofSeconds(Long.getLong("bench.load.warmup.seconds", 20));
  private static final int MEMORY_MINUTES = Integer.getInteger("bench.load.memory.minutes", 10);
  private static final int FEDERATED_AT = Integer.getInteger("bench.load.federated.at", 200);
  private static final Duration PLATFORM_WARM_UP =
      Duration.ofSeconds(Long.getLong("bench.load.platform.warmup.seconds", 180));
  private static final int COMPANIES = 20;
  private static final int WITH_PLUGINS = 20;
  private static final double WRITE_SHARE = 0.1;
  private static final Pattern HEAP =
      Pattern.compile("(?m)^(?:base_)?memory_usedHeap_bytes(?:\\{[^}]*})? ([0-9.eE+]+)");

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final Results results = new Results("load");
  private final Path reports =
      Path.of(System.getProperty("bench.results.dir", "target/benchmark-results"))
          .resolve("gatling");
  private final AtomicInteger vat = new AtomicInteger();
  private final PonteInstance instance = BenchPlatform.instance("load", true);
  private String base;
  private Tokens tokens;
  private KeycloakAdmin keycloak;
  private BenchApi api;

  /** Territories onboarded so far; counted from the bulk onboarding's three threads too. */
  private final java.util.concurrent.atomic.AtomicInteger onboarded =
      new java.util.concurrent.atomic.AtomicInteger(2);

  public static void main(String[] args) {
    // Ends the JVM either way once everything it started is stopped and the results are written:
    // a thread some library left behind (once, an idle scheduled executor after the runs) must not
    // keep it, and with it the benchmark command, waiting forever.
    try {
      new LoadBenchmark().run();
    } catch (Throwable t) {
      t.printStackTrace();
      System.exit(1);
    }
    System.exit(0);
  }

  private void run() throws Exception {
    try (instance) {
      long t0 = System.nanoTime();
      instance.start();
      results.add("Cold start to ready (PostgreSQL, Keycloak, Payara Micro)", secs(t0), "s", null);
      base = instance.baseUrl();
      tokens = instance.tokens();
      keycloak = instance.keycloakAdmin();
      api = new BenchApi(base, tokens);
      results.note(
          String.format(
              Locale.ROOT,
              "Load: %d virtual users (Gatling), each on its own keep-alive connection, without"
                  + " pause, an operator of one territory with a real token; %d s measured after"
                  + " %d s of warm-up; %d companies per territory. Writes register a company"
                  + " (%.0f%% of the iterations where the run says so). Ratios are throughput"
                  + " over throughput. HTML reports: gatling/<run>/index.html next to this file.",
              USERS,
              RUN.toSeconds(),
              WARM_UP.toSeconds(),
              COMPANIES,
              WRITE_SHARE * 100));

      // PostgreSQL's log to a file, for capturing a request's SQL later (restarts PostgreSQL).
      SqlCapture.prepare(instance);
      awaitReady();
      for (int i = 0; i < 40; i++) {
        // Connections pooled before the restart fail once each and renew the pool; the same for
        // the stack ceiling's pool (a company that is not there yet: a 404 once the pool works).
        api.send("bergamo.operator", "GET", "/api/t/bergamo/companies", null);
        api.send(
            "bergamo.operator",
            "GET",
            CeilingWar.CONTEXT_ROOT + "/api/stack/t/bergamo/companies/1",
            null);
      }
      List<LoadSimulation.Territory> two = List.of(prepare("bergamo"), prepare("bologna"));
      // The server's code compiles under load for a minute or more: until then every figure would
      // measure the compiler as much as Ponte. One long run first, not measured.
      GatlingRun.run(
          "warm-up",
          plan("/api/t/", two, WRITE_SHARE, PLATFORM_WARM_UP, Duration.ZERO, 40_000_000),
          reports);
      GatlingRun.Outcome ceiling = load("ceiling", CeilingWar.CONTEXT_ROOT + "/api/t/", two, 0);
      double bare = ceiling.reads().perSecond();
      results.add("Bare JAX-RS endpoint (the ceiling): throughput", bare, "req/s", null);
      results.add("Bare JAX-RS endpoint (the ceiling): p95", ceiling.reads().p95(), "ms", null);

      // The same read on the stack alone (a longer warm-up: its own code paths compile now).
      System.out.printf(
          "Load run stack-ceiling: %d users over 2 territories, from %s%n",
          USERS, java.time.Instant.now());
      GatlingRun.Outcome stack =
          GatlingRun.run(
              "stack-ceiling",
              plan(
                  CeilingWar.CONTEXT_ROOT + "/api/stack/t/",
                  two,
                  0,
                  WARM_UP.multipliedBy(3),
                  RUN,
                  40_000_000),
              reports);
      double stackCeiling = stack.reads().perSecond();
      results.add(
          "The same read on the bare stack (JAX-RS, CDI, JTA, EclipseLink, same SQL): throughput",
          stackCeiling,
          "req/s",
          "bare JAX-RS",
          bare,
          null);
      results.add("The same read on the bare stack: p95", stack.reads().p95(), "ms", null);
      results.add("The same read on the bare stack: errors", stack.reads().errors(), "", "0");

      // And without JTA and JPA: the same statements by hand on one connection of the same pool.
      GatlingRun.Outcome jdbc =
          load("jdbc-ceiling", CeilingWar.CONTEXT_ROOT + "/api/jdbc/t/", two, 0);
      results.add(
          "The same read without JTA and JPA (JAX-RS, CDI, the pool, JDBC by hand): throughput",
          jdbc.reads().perSecond(),
          "req/s",
          "bare JAX-RS",
          bare,
          null);
      results.add("The same read without JTA and JPA: errors", jdbc.reads().errors(), "", "0");

      GatlingRun.Outcome reads2 = load("reads-2-territories", "/api/t/", two, 0);
      reads("2 territories", reads2, bare, null, null);
      results.add(
          "Read one company, 2 territories: throughput against the same read on the bare stack",
          reads2.reads().perSecond(),
          "req/s",
          "the bare stack",
          stackCeiling,
          null);
      double sql = sqlCeiling(two.get(0));
      results.add(
          "Read one company, 2 territories: throughput against its SQL alone",
          reads2.reads().perSecond(),
          "req/s",
          "the SQL replayed over JDBC",
          sql,
          null);
      // Both ceilings take the whole machine: a request doing the bare endpoint's work and the
      // SQL's on the same cores has at most the rate at which their costs add up.
      double both = 1 / (1 / bare + 1 / sql);
      results.add(
          "Bound for any read serving that answer with that SQL (the two ceilings' costs added)",
          both,
          "req/s",
          "bare JAX-RS",
          bare,
          null);

      List<LoadSimulation.Territory> fifty = new ArrayList<>(two);
      List<Double> onboarding = new ArrayList<>();
      while (fifty.size() < TERRITORIES) {
        String id = String.format(Locale.ROOT, "carico-%03d", fifty.size());
        onboarding.add(onboard(id, false));
        fifty.add(prepare(id));
      }
      if (!onboarding.isEmpty()) {
        double[] plain = sorted(onboarding);
        results.add(
            "Onboard one territory, no plugins, p95 (over " + plain.length + ")",
            pct(plain, 95),
            "ms",
            null);
      }

      GatlingRun.Outcome mixed50 =
          load("mixed-" + TERRITORIES + "-territories", "/api/t/", fifty, WRITE_SHARE);
      mixed(TERRITORIES + " territories", mixed50, bare);
      GatlingRun.Outcome reads50 =
          load("reads-" + TERRITORIES + "-territories", "/api/t/", fifty, 0);
      reads(TERRITORIES + " territories", reads50, bare, null, null);
      if (!Boolean.getBoolean("bench.journey.skip")) {
        new Journeys(instance, api, tokens, results, reports)
            .measure(
                fifty.stream().map(LoadSimulation.Territory::id).toList(), USERS, WARM_UP, RUN);
      }

      // Up to MANY territories, several at once (their timings are not the figure; the
      // sequential ones above and below are).
      onboardInBulk(FEDERATED_AT);
      federated();
      onboardInBulk(MANY - WITH_PLUGINS);
      List<Double> withPlugins = new ArrayList<>();
      for (int i = 0; i < WITH_PLUGINS; i++) {
        withPlugins.add(onboard(String.format(Locale.ROOT, "plugin-%03d", onboarded.get()), true));
      }
      double[] full = sorted(withPlugins);
      results.add(
          "Onboard one territory with its 3 plugins enabled, p95 (over " + full.length + ")",
          pct(full, 95),
          "ms",
          "< 1,000 ms");

      GatlingRun.Outcome readsMany = load("reads-" + MANY + "-territories", "/api/t/", fifty, 0);
      reads(
          MANY + " territories onboarded (users on " + TERRITORIES + " of them)",
          readsMany,
          bare,
          reads2.reads().perSecond(),
          reads50.reads().perSecond());
      // Only the number onboarded differs from the 2-territory run: the same operators of the
      // same 2 territories, with 600 onboarded.
      GatlingRun.Outcome readsManyTwo =
          load("reads-" + MANY + "-territories-users-on-2", "/api/t/", two, 0);
      Recorder.Stats manyTwo = readsManyTwo.reads();
      results.add(
          "Read one company, "
              + MANY
              + " territories onboarded (users on the same 2): throughput against 2 onboarded",
          manyTwo.perSecond(),
          "req/s",
          "2 territories",
          reads2.reads().perSecond(),
          "≥ 0.9");
      results.add(
          "Read one company, " + MANY + " territories onboarded (users on the same 2): p95",
          manyTwo.p95(),
          "ms",
          "< 50 ms");
      results.add(
          "Read one company, " + MANY + " territories onboarded (users on the same 2): errors",
          manyTwo.errors(),
          "",
          "0");
      // The machine's own drift over the run, as a control: the bare endpoint touches no
      // territory, so what it loses since the start is not Ponte's.
      GatlingRun.Outcome ceilingAgain =
          load("ceiling-again", CeilingWar.CONTEXT_ROOT + "/api/t/", two, 0);
      results.add(
          "Bare JAX-RS endpoint again, with " + MANY + " onboarded: throughput",
          ceilingAgain.reads().perSecond(),
          "req/s",
          "the same at the start",
          bare,
          null);
      GatlingRun.Outcome mixedMany =
          load("mixed-" + MANY + "-territories", "/api/t/", fifty, WRITE_SHARE);
      mixed(MANY + " territories onboarded", mixedMany, bare);

      if (MEMORY_MINUTES > 0) {
        memory(fifty);
      }

      instance.stopServer();
      long start = System.nanoTime();
      instance.startServer();
      results.add(
          "Start to ready with "
              + onboarded.get()
              + " territories (migration check of every schema)",
          secs(start),
          "s",
          "< 45 s");
    }
  }

  /** Throughput and latency of a reads-only run, against the ceiling (and a baseline). */
  /**
   * A read run's figures; with 600 onboarded, also against 2 territories (the ratio) and
   * against the same operators with 50 onboarded (only the number onboarded differs: operators
   * spread over 50 territories rather than 2 is a difference of its own).
   */
  private void reads(
      String what, GatlingRun.Outcome run, double bare, Double baseline, Double sameOperators) {
    Recorder.Stats r = run.reads();
    results.add(
        "Read one company, " + what + ": throughput",
        r.perSecond(),
        "req/s",
        "bare JAX-RS",
        bare,
        "≥ 0.5");
    if (baseline != null) {
      results.add(
          "Read one company, " + what + ": throughput against 2 territories",
          r.perSecond(),
          "req/s",
          "2 territories",
          baseline,
          "≥ 0.9");
    }
    if (sameOperators != null) {
      results.add(
          "Read one company, " + what + ": throughput against " + TERRITORIES + " onboarded",
          r.perSecond(),
          "req/s",
          "the same operators, " + TERRITORIES + " territories",
          sameOperators,
          null);
    }
    results.add("Read one company, " + what + ": p95", r.p95(), "ms", "< 50 ms");
    results.add("Read one company, " + what + ": errors", r.errors(), "", "0");
  }

  private void mixed(String what, GatlingRun.Outcome run, double bare) {
    Recorder.Stats all = run.all();
    results.add(
        "Read and write, " + what + ": throughput",
        all.perSecond(),
        "req/s",
        "bare JAX-RS",
        bare,
        "≥ 0.5 (reads)");
    results.add("Read and write, " + what + ": reads p95", run.reads().p95(), "ms", "< 50 ms");
    results.add("Read and write, " + what + ": writes p95", run.writes().p95(), "ms", null);
    results.add("Read and write, " + what + ": errors", all.errors(), "", "0");
  }

  private GatlingRun.Outcome load(
      String name, String prefix, List<LoadSimulation.Territory> territories, double writes)
      throws IOException {
    System.out.printf(
        "Load run %s: %d users over %d territories, from %s%n",
        name, USERS, territories.size(), java.time.Instant.now());
    return GatlingRun.run(
        name, plan(prefix, territories, writes, WARM_UP, RUN, 20_000_000), reports);
  }

  private LoadSimulation.Plan plan(
      String prefix,
      List<LoadSimulation.Territory> territories,
      double writes,
      Duration warmUp,
      Duration measured,
      long vatBase) {
    return new LoadSimulation.Plan(
        base,
        prefix,
        USERS,
        warmUp,
        measured,
        territories,
        writes,
        tokens::of,
        n -> TestData.vatNumber(vatBase + n));
  }

  /**
   * The database's ceiling for reading one company: the statements the server sends for it,
   * captured from PostgreSQL's log, replayed by as many JDBC clients as the load has users.
   */
  private double sqlCeiling(LoadSimulation.Territory t) throws Exception {
    List<SqlCapture.Executed> captured;
    try (SqlCapture capture = SqlCapture.start(instance)) {
      HttpResponse<String> r =
          api.send(
              t.operator(), "GET", "/api/t/" + t.id() + "/companies/" + t.companies().get(0), null);
      if (r.statusCode() != 200) {
        throw new IllegalStateException("Reading a company answered " + r.statusCode());
      }
      Thread.sleep(500);
      captured = capture.statements();
    }
    List<SqlCapture.Executed> request = SqlReplay.request(captured, "company");
    System.out.println("SQL of one read of a company, as PostgreSQL logged it:");
    request.forEach(
        e ->
            System.out.printf(
                Locale.ROOT, "  %.3f ms  %s %s%n", e.millis(), e.sql(), e.parameters()));
    results.note(
        String.format(
            Locale.ROOT,
            "The SQL of reading one company: %d statements, %.2f ms in PostgreSQL (its log);"
                + " replayed by %d JDBC clients for the SQL-alone ceiling.",
            request.size(),
            request.stream().mapToDouble(SqlCapture.Executed::millis).sum(),
            USERS));
    return SqlReplay.perSecond(
        request, instance.jdbcUrl(), instance.dbUser(), instance.dbPassword(), USERS, RUN);
  }

  /** Until the server answers ready again (after PostgreSQL restarted under it). */
  private void awaitReady() throws Exception {
    for (int i = 0; i < 600; i++) {
      try {
        if (http.send(
                    HttpRequest.newBuilder(URI.create(base + "/health/ready"))
                        .timeout(Duration.ofSeconds(5))
                        .build(),
                    HttpResponse.BodyHandlers.discarding())
                .statusCode()
            == 200) {
          return;
        }
      } catch (IOException e) {
        // not yet
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("The server did not come back ready");
  }

  /** An operator of the territory and companies to read there. */
  private LoadSimulation.Territory prepare(String territory) throws Exception {
    String operator = "carico." + territory;
    keycloak.createUser(operator, "operator", territory);
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < COMPANIES; i++) {
      ids.add(
          api.create(
              operator,
              "/api/t/" + territory + "/companies",
              "{\"name\": \"Azienda "
                  + i
                  + "\", \"vatNumber\": \""
                  + TestData.vatNumber(10_000_000 + vat.incrementAndGet())
                  + "\"}"));
    }
    return new LoadSimulation.Territory(territory, operator, List.copyOf(ids));
  }

  /** Onboards one territory; returns the milliseconds the API took. */
  private double onboard(String id, boolean plugins) throws Exception {
    long t = System.nanoTime();
    HttpResponse<String> r =
        api.send("platform.admin", "POST", "/api/platform/tenants", descriptor(id, plugins));
    double millis = (System.nanoTime() - t) / 1e6;
    if (r.statusCode() != 201) {
      throw new IllegalStateException(
          "Onboarding " + id + " answered " + r.statusCode() + ": " + r.body());
    }
    onboarded.incrementAndGet();
    return millis;
  }

  private void onboardInBulk(int upTo) throws Exception {
    if (onboarded.get() >= upTo) {
      return;
    }
    long t = System.nanoTime();
    int from = onboarded.get();
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<Double>> done = new ArrayList<>();
      for (int i = from; i < upTo; i++) {
        String id = String.format(Locale.ROOT, "altro-%03d", i);
        done.add(pool.submit(() -> onboard(id, false)));
      }
      for (Future<Double> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    System.out.printf(
        Locale.ROOT,
        "Onboarded %d more territories (3 at a time) in %.0f s; %d in all%n",
        upTo - from,
        secs(t),
        onboarded.get());
  }

  /** The federated report of a closed year over every territory onboarded so far. */
  private void federated() throws Exception {
    keycloak.createUser("carico.analyst", "federation-analyst", null);
    String path = "/api/federation/reports/activity?from=2025-01-01&to=2025-12-31";
    for (int i = 0; i < 5; i++) {
      api.send("carico.analyst", "GET", path, null);
    }
    double[] millis = new double[50];
    for (int i = 0; i < millis.length; i++) {
      long t = System.nanoTime();
      HttpResponse<String> r = api.send("carico.analyst", "GET", path, null);
      millis[i] = (System.nanoTime() - t) / 1e6;
      if (r.statusCode() != 200) {
        throw new IllegalStateException("Federated report answered " + r.statusCode());
      }
    }
    Arrays.sort(millis);
    results.add(
        "Federated report, closed year, " + onboarded.get() + " territories, p95 (50 sequential)",
        pct(millis, 95),
        "ms",
        "< 100 ms");
  }

  /**
   * The used heap after a full GC, before and after {@value #MEMORY_MINUTES} minutes of reads and
   * writes with every territory onboarded.
   */
  private void memory(List<LoadSimulation.Territory> territories) throws Exception {
    long before = heapAfterFullGc();
    GatlingRun.Outcome run =
        GatlingRun.run(
            "memory-" + MEMORY_MINUTES + "-minutes",
            plan(
                "/api/t/",
                territories,
                WRITE_SHARE,
                Duration.ZERO,
                Duration.ofMinutes(MEMORY_MINUTES),
                30_000_000),
            reports);
    long after = heapAfterFullGc();
    results.add(
        "Used heap after a full GC, after "
            + MEMORY_MINUTES
            + " min of load ("
            + onboarded.get()
            + " territories)",
        after / 1048576.0,
        "MB",
        "before",
        before / 1048576.0,
        "≈ 1 (no growth)");
    results.add(
        "Requests during the "
            + MEMORY_MINUTES
            + "-minute load (errors "
            + run.all().errors()
            + ")",
        run.all().count(),
        "",
        null);
  }

  private long heapAfterFullGc() throws Exception {
    long pid = instance.serverPid().orElseThrow();
    Process jcmd =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(pid),
                "GC.run")
            .redirectErrorStream(true)
            .start();
    jcmd.getInputStream().readAllBytes();
    if (!jcmd.waitFor(60, TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
      throw new IllegalStateException("jcmd GC.run failed");
    }
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/metrics"))
                .header("Accept", "text/plain")
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    Matcher m = HEAP.matcher(r.body());
    if (!m.find()) {
      throw new IllegalStateException("No used heap in /metrics");
    }
    return (long) Double.parseDouble(m.group(1));
  }

  private static String descriptor(String id, boolean plugins) {
    String withPlugins =
        plugins
            ? ", \"plugins\": {\"dote-unica-lavoro\": {\"phase\": \"IV\", \"overbookingPercent\": 10},"
                + " \"innovation-calls\": {\"passMark\": 60, \"accompanimentMonths\": 2},"
                + " \"microcredit\": {\"minAncillaryServices\": 2, \"defaultAfterDaysInArrears\": 90}}"
            : "";
    return ("{\"id\": \"%s\", \"name\": \"Carico %s\", \"region\": \"03\", \"locale\": \"it-IT\","
            + " \"timeZone\": \"Europe/Rome\", \"zones\": [\"Centro\"], \"firstInterviewSlaDays\": 15%s}")
        .formatted(id, id, withPlugins);
  }

  private static double[] sorted(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
  }

  private static double pct(double[] sorted, int p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
  }

  private static double secs(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
