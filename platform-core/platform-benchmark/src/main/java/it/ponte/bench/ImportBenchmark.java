package it.ponte.bench;

import it.ponte.launcher.PonteInstance;
import it.ponte.launcher.Tokens;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures historical imports into a new territory and prints the figures; asserts nothing. Two
 * files of candidates and two of their interviews (one each), a small one (a fifth) and the full
 * one ({@code bench.import.rows}, 100,000 by default), each posted to the API and followed until it
 * ends. It prints each import's seconds and its ratio to the ceiling of 60 s the issue sets, and
 * the server's peak used heap while each file was read (sampled from {@code /metrics} every 100
 * ms): the peak of the full file over the peak of the small one shows whether the heap grows with
 * the file. Run with {@code ./mvnw -Pbenchmark -Dbench.platform.skip -Dbench.matching.skip}.
 */
public final class ImportBenchmark {

  private static final int ROWS = Integer.getInteger("bench.import.rows", 100_000);
  private static final double CEILING_SECONDS = 60;
  private static final Pattern HEAP =
      Pattern.compile("(?m)^(?:base_)?memory_usedHeap_bytes(?:\\{[^}]*})? ([0-9.eE+]+)");

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private String base;
  private Tokens tokens;
  private String tenant;

  public static void main(String[] args) throws Exception {
    new ImportBenchmark().run();
  }

  private void run() throws Exception {
    PonteInstance instance = BenchPlatform.instance("import");
    // The files go beside the server's log, in the benchmark's own folder.
    Path work = instance.serverLog().getParent();
    Files.createDirectories(work);
    try (instance) {
      instance.start();
      base = instance.baseUrl();
      tokens = instance.tokens();
      tenant = "bench-import";
      send(
          "POST",
          "/api/platform/tenants",
          tokens.of("platform.admin"),
          HttpRequest.BodyPublishers.ofString(
              """
              {"id": "bench-import", "name": "Benchmark", "region": "03", "locale": "it-IT",
               "timeZone": "Europe/Rome", "zones": ["Centro", "Valle"], "firstInterviewSlaDays": 20}
              """),
          "application/json",
          201);
      instance.keycloakAdmin().createUser("bench.admin", "tenant-admin", tenant);

      int small = Math.max(1, ROWS / 5);
      Path smallPeople = candidates(work.resolve("small-candidates.csv"), "S", small);
      Path smallTalks = interviews(work.resolve("small-interviews.csv"), "S", small);
      Path people = candidates(work.resolve("candidates.csv"), "F", ROWS);
      Path talks = interviews(work.resolve("interviews.csv"), "F", ROWS);
      System.out.printf(
          Locale.ROOT,
          "Import files: %,d candidates (%.1f MB), %,d interviews (%.1f MB)%n",
          ROWS,
          Files.size(people) / 1e6,
          ROWS,
          Files.size(talks) / 1e6);
      Result warm1 = time("candidates", smallPeople);
      Result warm2 = time("interviews", smallTalks);
      Result full1 = time("candidates", people);
      Result full2 = time("interviews", talks);
      print("Import " + small + " candidates", warm1);
      print("Import " + small + " interviews", warm2);
      print("Import " + ROWS + " candidates", full1);
      print("Import " + ROWS + " interviews", full2);
      double both = full1.seconds + full2.seconds;
      Results results = new Results("import");
      results.add(
          "Import " + ROWS + " candidates + their interviews (time)",
          both,
          "s",
          String.format(Locale.ROOT, "≤ %.0f s", CEILING_SECONDS));
      results.add(
          "Peak used heap, full files over files a fifth as long",
          (double) Math.max(full1.peakHeap, full2.peakHeap)
              / Math.max(warm1.peakHeap, warm2.peakHeap),
          "×",
          "≈ 1 (no growth with the file)");
    }
  }

  private record Result(double seconds, long peakHeap, String outcome) {}

  private static void print(String what, Result r) {
    System.out.printf(
        Locale.ROOT,
        "%-45s %.1f s (%.2f of the ceiling), peak used heap %d MB - %s%n",
        what + ":",
        r.seconds,
        r.seconds / CEILING_SECONDS,
        r.peakHeap / (1024 * 1024),
        r.outcome);
  }

  private Result time(String kind, Path file) throws Exception {
    System.gc();
    long start = System.nanoTime();
    HttpResponse<String> started =
        send(
            "POST",
            "/api/t/" + tenant + "/imports?kind=" + kind,
            tokens.of("bench.admin"),
            HttpRequest.BodyPublishers.ofFile(file),
            "text/csv",
            202);
    String location = started.headers().firstValue("Location").orElseThrow();
    String path = location.substring(location.indexOf("/api/"));
    AtomicLong peak = new AtomicLong();
    while (true) {
      peak.accumulateAndGet(usedHeap(), Math::max);
      String run = send("GET", path, tokens.of("bench.admin"), null, null, 200).body();
      Matcher status = Pattern.compile("\"status\":\"(\\w+)\"").matcher(run);
      status.find();
      if (status.group(1).equals("SUCCEEDED") || status.group(1).equals("FAILED")) {
        double seconds = (System.nanoTime() - start) / 1e9;
        String outcome =
            run.replaceAll(".*\"status\":\"(\\w+)\".*", "$1")
                + " "
                + run.replaceAll(".*\"created\":(\\d+).*", "created $1")
                + ", "
                + run.replaceAll(".*\"errorCount\":(\\d+).*", "errors $1");
        return new Result(seconds, peak.get(), outcome);
      }
      Thread.sleep(100);
    }
  }

  private long usedHeap() throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/metrics"))
                .header("Accept", "text/plain")
                .timeout(Duration.ofSeconds(10))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher m = HEAP.matcher(r.body());
    return m.find() ? (long) Double.parseDouble(m.group(1)) : 0;
  }

  private static Path candidates(Path file, String prefix, int rows) throws IOException {
    LocalDate day = LocalDate.of(2019, 1, 1);
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(
          "externalId,firstName,lastName,birthDate,gender,citizenship,zone,employmentStatus,"
              + "didDate,registeredAt,referral,consentPurposes,consentNoticeVersion,licences\n");
      for (int i = 1; i <= rows; i++) {
        LocalDate registered = day.plusDays(i % 1500);
        out.write(
            String.format(
                Locale.ROOT,
                "%s-%d,Nome%d,Cognome%d,%s,%s,%s,%s,UNEMPLOYED,%s,%sT09:%02d:00,%s,PROGRAMME,2018-05,%s%n",
                prefix,
                i,
                i,
                i,
                LocalDate.of(1960, 1, 1).plusDays(i % 15000),
                i % 2 == 0 ? "FEMALE" : "MALE",
                i % 5 == 0 ? "MA" : "IT",
                i % 2 == 0 ? "Centro" : "Valle",
                registered.minusDays(30),
                registered,
                i % 60,
                i % 3 == 0 ? "SOCIAL_SERVICES" : "JOB_CENTRE",
                i % 4 == 0 ? "DRIVING_B|HACCP" : ""));
      }
    }
    return file;
  }

  private static Path interviews(Path file, String prefix, int rows) throws IOException {
    LocalDate day = LocalDate.of(2019, 1, 1);
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(
          "externalId,candidateExternalId,scheduledAt,completedAt,profileType,readiness,notes\n");
      for (int i = 1; i <= rows; i++) {
        LocalDate at = day.plusDays(i % 1500 + 10);
        out.write(
            String.format(
                Locale.ROOT,
                "%s-I%d,%s-%d,%sT10:00:00,%sT11:00:00,%s,%s,\"Colloquio %d, primo\"%n",
                prefix,
                i,
                prefix,
                i,
                at,
                at,
                i % 3 == 0 ? "FRAGILE" : "IN_TARGET",
                i % 2 == 0 ? "READY" : "NOT_READY",
                i));
      }
    }
    return file;
  }

  private HttpResponse<String> send(
      String method,
      String path,
      String token,
      HttpRequest.BodyPublisher body,
      String type,
      int expected)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(120))
            .header("Authorization", "Bearer " + token)
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : body);
    if (type != null) {
      request.header("Content-Type", type);
    }
    HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != expected) {
      throw new IllegalStateException(
          method + " " + path + " answered " + r.statusCode() + ": " + r.body());
    }
    return r;
  }
}
