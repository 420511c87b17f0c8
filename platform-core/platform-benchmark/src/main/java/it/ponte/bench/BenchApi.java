package it.ponte.bench;

import it.ponte.launcher.Tokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The platform's API as the benchmarks call it outside a load: one request at a time, a user's
 * token.
 */
final class BenchApi {

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;
  private final Tokens tokens;

  BenchApi(String base, Tokens tokens) {
    this.base = base;
    this.tokens = tokens;
  }

  HttpResponse<String> send(String user, String method, String path, String json) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + tokens.of(user));
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

  /** POSTs and returns the id of what was created (from its Location); anything but 201 throws. */
  long create(String user, String path, String json) throws Exception {
    HttpResponse<String> r = send(user, "POST", path, json);
    if (r.statusCode() != 201) {
      throw new IllegalStateException(
          "POST " + path + " answered " + r.statusCode() + ": " + r.body());
    }
    return Long.parseLong(r.headers().firstValue("Location").orElseThrow().replaceAll(".*/", ""));
  }
}
