package it.ponte.it;

import it.ponte.launcher.PonteInstance;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.Random;

/** The running platform as tests see it: HTTP calls, a superuser JDBC connection, lifecycle. */
public final class Platform implements AutoCloseable {

  private static final Random RANDOM = new Random();

  private final PonteInstance instance;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  Platform(PonteInstance instance) {
    this.instance = instance;
  }

  /** An HTTP answer with its body parsed when it is JSON. */
  public record Answer(int status, String contentType, String body, HttpResponse<String> raw) {

    public JsonObject json() {
      return Json.createReader(new StringReader(body)).readObject();
    }

    public JsonStructure jsonStructure() {
      return Json.createReader(new StringReader(body)).read();
    }

    public String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }

  public Answer get(String path) {
    return send("GET", path, null, null);
  }

  public Answer post(String path, String json) {
    return send("POST", path, json, "application/json");
  }

  public Answer send(String method, String path, String body, String contentType) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(instance.baseUrl() + path))
            .timeout(Duration.ofSeconds(60));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body(),
          response);
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A new connection to the platform database as its owner (superuser in the embedded one). */
  public Connection jdbc() throws SQLException {
    return DriverManager.getConnection(
        instance.jdbcUrl(), instance.dbUser(), instance.dbPassword());
  }

  /**
   * Onboards a new tenant with a fresh random id through the API; fails the test if it does not
   * answer 201.
   */
  public String onboardNewTenant(String region) {
    String id = newTenantId();
    Answer answer = post("/api/platform/tenants", Descriptors.valid(id, region));
    if (answer.status() != 201) {
      throw new AssertionError(
          "Onboarding " + id + " answered " + answer.status() + ": " + answer.body());
    }
    return id;
  }

  /** A tenant id no other test uses. */
  public static String newTenantId() {
    StringBuilder id = new StringBuilder("it-");
    for (int i = 0; i < 10; i++) {
      id.append((char) ('a' + RANDOM.nextInt(26)));
    }
    return id.toString().toLowerCase(Locale.ROOT);
  }

  public String baseUrl() {
    return instance.baseUrl();
  }

  public PonteInstance instance() {
    return instance;
  }

  @Override
  public void close() {
    instance.close();
  }
}
