package it.ponte.bench;

import it.ponte.it.TestData;
import it.ponte.launcher.KeycloakAdmin;
import it.ponte.launcher.PonteInstance;
import it.ponte.launcher.Tokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Measures what issue #2 asks for and prints the figures (asserts nothing): time from start to
 * ready, time to onboard a tenant, and latency of one simple tenant read with 2 and with 200
 * tenants onboarded. Run with {@code ./mvnw -Pbenchmark} (see README, "Benchmarks").
 */
public final class PlatformBenchmark {

  private static final int TENANTS = Integer.getInteger("bench.tenants", 200);
  private static final int WARMUP = Integer.getInteger("bench.warmup", 1_000);
  private static final int REQUESTS = Integer.getInteger("bench.requests", 3_000);

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private String base;
  private KeycloakAdmin keycloak;
  private Tokens tokens;

  public static void main(String[] args) throws Exception {
    new PlatformBenchmark().run();
  }

  private void run() throws Exception {
    PonteInstance instance = BenchPlatform.instance("bench");
    try (instance) {
      long t0 = System.nanoTime();
      instance.start();
      double startSeconds = seconds(t0);
      base = instance.baseUrl();
      keycloak = instance.keycloakAdmin();
      tokens = instance.tokens();
      System.out.printf(
          Locale.ROOT,
          "Cold start (embedded PostgreSQL, Keycloak, Payara Micro) to ready: %.1f s%n",
          startSeconds);

      String companyId = seed("bergamo", 100);
      String read = "/api/t/bergamo/companies/" + companyId;
      double[] with2 = latency(read);
      report("Read one company, 2 tenants", with2);

      List<Double> onboarding = new ArrayList<>();
      for (int i = 0; onboarding.size() < TENANTS - 2; i++) {
        String id = "bench-" + i;
        long t = System.nanoTime();
        int status = post("/api/platform/tenants", descriptor(id));
        if (status != 201) {
          throw new IllegalStateException("onboarding " + id + " answered " + status);
        }
        onboarding.add(seconds(t) * 1000);
      }
      double[] onboard = onboarding.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      System.out.printf(
          Locale.ROOT,
          "Onboard one tenant (schema, role, migrations): median %.0f ms, p95 %.0f ms, max %.0f ms over %d%n",
          pct(onboard, 50),
          pct(onboard, 95),
          onboard[onboard.length - 1],
          onboard.length);

      double[] with200 = latency(read);
      report("Read one company, " + TENANTS + " tenants", with200);

      // The federated report reads every territory's aggregate views and protects the tables.
      keycloak.createUser("bench.analyst", "federation-analyst", null);
      String federated = "/api/federation/reports/activity?from=2025-01-01&to=2025-12-31";
      report("Federated report, " + TENANTS + " tenants", latency(federated, 5, 50));

      long stop = System.nanoTime();
      instance.stopServer();
      double stopSeconds = seconds(stop);
      long start = System.nanoTime();
      instance.startServer();
      System.out.printf(
          Locale.ROOT,
          "Restart with %d tenants: stop %.1f s, start to ready %.1f s (includes the migration check of every schema)%n",
          TENANTS,
          stopSeconds,
          seconds(start));
      double[] afterRestart = latency(read);
      report("Read one company, " + TENANTS + " tenants, after restart", afterRestart);
    }
  }

  private String seed(String tenant, int companies) throws Exception {
    String last = null;
    for (int i = 0; i < companies; i++) {
      String vat = TestData.vatNumber(4_000_000 + i + (tenant.hashCode() & 0xffff) * 1000);
      HttpResponse<String> r =
          send(
              "POST",
              "/api/t/" + tenant + "/companies",
              "{\"name\": \"Bench " + i + "\", \"vatNumber\": \"" + vat + "\"}");
      if (r.statusCode() == 201) {
        last = r.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
      }
    }
    return last;
  }

  private double[] latency(String path) throws Exception {
    return latency(path, WARMUP, REQUESTS);
  }

  private double[] latency(String path, int warmup, int requests) throws Exception {
    for (int i = 0; i < warmup; i++) {
      send("GET", path, null);
    }
    double[] millis = new double[requests];
    for (int i = 0; i < requests; i++) {
      long t = System.nanoTime();
      HttpResponse<String> r = send("GET", path, null);
      millis[i] = (System.nanoTime() - t) / 1e6;
      if (r.statusCode() != 200) {
        throw new IllegalStateException(path + " answered " + r.statusCode());
      }
    }
    Arrays.sort(millis);
    return millis;
  }

  private static void report(String what, double[] sorted) {
    System.out.printf(
        Locale.ROOT,
        "%-45s p50 %.2f ms  p95 %.2f ms  p99 %.2f ms  (%d sequential requests)%n",
        what + ":",
        pct(sorted, 50),
        pct(sorted, 95),
        pct(sorted, 99),
        sorted.length);
  }

  private static double pct(double[] sorted, int p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
  }

  private int post(String path, String json) throws Exception {
    return send("POST", path, json).statusCode();
  }

  private HttpResponse<String> send(String method, String path, String json) throws Exception {
    String user =
        path.startsWith("/api/platform/")
            ? "platform.admin"
            : path.startsWith("/api/federation/") ? "bench.analyst" : "bergamo.operator";
    String token = tokens.of(user);
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + token);
    if (json != null) {
      b.header("Content-Type", "application/json");
    }
    b.method(
        method,
        json == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json));
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String descriptor(String id) {
    return ("{\"id\": \"%s\", \"name\": \"Benchmark %s\", \"region\": \"03\", \"locale\": \"it-IT\","
            + " \"timeZone\": \"Europe/Rome\", \"zones\": [\"Centro\"], \"firstInterviewSlaDays\": 15}")
        .formatted(id, id);
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
