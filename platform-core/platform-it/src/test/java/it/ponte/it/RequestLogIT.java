package it.ponte.it;

import static org.assertj.core.api.Assertions.assertThat;

import it.ponte.it.Platform.Answer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every request has an id an operator can follow: returned to the caller, on the request's JSON log
 * line, and the incident id of a 500; requests are counted per tenant in {@code /metrics}.
 */
@ExtendWith(PlatformExtension.class)
class RequestLogIT {

  private static Answer get(Platform platform, String user, String path, String id, String extra) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(platform.baseUrl() + path))
            .header("Authorization", "Bearer " + platform.token(user));
    if (id != null) {
      request.header("X-Request-Id", id);
    }
    if (extra != null) {
      request.header("X-Echo-Fail", extra);
    }
    return platform.send(request.GET().build());
  }

  /** The request's log line in the server's output, waiting for it a little. */
  private static JsonObject logLine(Platform platform, String id) throws Exception {
    for (int i = 0; i < 50; i++) {
      Optional<String> line =
          Files.readAllLines(platform.instance().serverLog()).stream()
              .filter(l -> l.startsWith("{") && l.contains("\"requestId\":\"" + id + "\""))
              .findFirst();
      if (line.isPresent()) {
        return Json.createReader(new StringReader(line.get())).readObject();
      }
      Thread.sleep(100);
    }
    throw new AssertionError("No log line for request " + id);
  }

  @Test
  void aRequestsIdIsReturnedLoggedAndNamesItsIncident(Platform platform) throws Exception {
    String a = platform.onboardNewTenant("08");
    String operator = platform.operatorOf(a);
    new Fixtures(platform, a).register(Fixtures.person("Traccia", "Riservata", ""));
    String id = "it-" + UUID.randomUUID();

    Answer answer = get(platform, operator, "/api/t/" + a + "/candidates?q=Riservata", id, null);
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.header("X-Request-Id")).isEqualTo(id);
    JsonObject line = logLine(platform, id);
    assertThat(line.getString("method")).isEqualTo("GET");
    assertThat(line.getString("route")).isEqualTo("/api/t/{tenant}/candidates");
    assertThat(line.getString("tenant")).isEqualTo(a);
    assertThat(line.getInt("status")).isEqualTo(200);
    assertThat(line.getJsonNumber("durationMs").doubleValue()).isPositive();
    assertThat(line.getString("subject")).isNotBlank().doesNotContain(operator);
    assertThat(line.toString())
        .as("no person's data, no query values, no token")
        .doesNotContain("Riservata")
        .doesNotContain(platform.token(operator).substring(0, 20));

    String generated =
        get(platform, operator, "/api/t/" + a + "/candidates", null, null).header("X-Request-Id");
    assertThat(generated).matches("[0-9a-f-]{36}");
    String bad = "has spaces and is not a token";
    assertThat(
            get(platform, operator, "/api/t/" + a + "/candidates", bad, null)
                .header("X-Request-Id"))
        .isNotEqualTo(bad)
        .matches("[0-9a-f-]{36}");
    Answer refused = get(platform, operator, "/api/t/" + a + "/members", "it-refused-" + id, null);
    assertThat(refused.status()).isEqualTo(403);
    assertThat(logLine(platform, "it-refused-" + id).getInt("status")).isEqualTo(403);

    // A 500: its incident is the request's id, on its log line and in the server's log.
    String admin = platform.adminOf(a);
    Answer enabled =
        platform
            .as(admin)
            .send(
                "PUT",
                "/api/t/" + a + "/plugins/it-echo",
                "{\"greeting\": \"ciao\"}",
                "application/json");
    assertThat(enabled.status()).as(enabled.body()).isEqualTo(200);
    String failing = "it-fail-" + UUID.randomUUID();
    Answer failed =
        get(platform, operator, "/api/t/" + a + "/plugins/it-echo/failure", failing, "yes");
    assertThat(failed.status()).isEqualTo(500);
    assertThat(failed.json().getString("detail")).contains("Incident " + failing);
    assertThat(logLine(platform, failing).getInt("status")).isEqualTo(500);
    assertThat(Files.readString(platform.instance().serverLog()))
        .contains("Unexpected failure, incident " + failing);

    // Per-tenant counts in /metrics.
    String metrics = platform.anonymous().send("GET", "/metrics", null, null).body();
    assertThat(metrics.lines())
        .as(metrics)
        .anyMatch(
            l ->
                l.startsWith("ponte_requests_total{")
                    && l.contains("tenant=\"" + a + "\"")
                    && l.contains("status=\"2xx\""))
        .anyMatch(
            l ->
                l.startsWith("ponte_requests_total{")
                    && l.contains("tenant=\"" + a + "\"")
                    && l.contains("status=\"5xx\""))
        .anyMatch(l -> l.startsWith("ponte_request_seconds") && l.contains("tenant=\"" + a + "\""));
  }
}
