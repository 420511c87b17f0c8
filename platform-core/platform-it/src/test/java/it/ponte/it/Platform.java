package it.ponte.it;

import it.ponte.launcher.KeycloakAdmin;
import it.ponte.launcher.PonteInstance;
import it.ponte.launcher.Tokens;
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
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

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

    public jakarta.json.JsonArray array() {
      return Json.createReader(new StringReader(body)).readArray();
    }

    public JsonStructure jsonStructure() {
      return Json.createReader(new StringReader(body)).read();
    }

    public String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }

  /** Calls made with one bearer token (or none). */
  public final class Session {
    private final String token;

    private Session(String token) {
      this.token = token;
    }

    public Answer get(String path) {
      return send("GET", path, null, null);
    }

    public Answer post(String path, String json) {
      return send("POST", path, json, "application/json");
    }

    public Answer put(String path, String json) {
      return send("PUT", path, json, "application/json");
    }

    public Answer send(String method, String path, String body, String contentType) {
      return Platform.this.send(token, method, path, body, contentType);
    }

    /** GET of a binary answer. */
    public HttpResponse<byte[]> download(String path) {
      return Platform.this.download(token, path);
    }

    /** POST of raw bytes (a file). */
    public Answer upload(String path, byte[] content, String contentType) {
      return Platform.this.send(
          token, "POST", path, HttpRequest.BodyPublishers.ofByteArray(content), contentType, null);
    }
  }

  /** Calls as a realm user (password {@value KeycloakAdmin#DEMO_PASSWORD}). */
  public Session as(String username) {
    return new Session(token(username));
  }

  /** Calls with exactly this bearer token. */
  public Session withToken(String token) {
    return new Session(token);
  }

  /** Calls without a token. */
  public Session anonymous() {
    return new Session(null);
  }

  /**
   * GET as the natural caller of the path: a tenant's operator under {@code /api/t/{tenant}}, the
   * platform admin elsewhere under {@code /api}, nobody outside it.
   */
  public Answer get(String path) {
    return send("GET", path, null, null);
  }

  /** GET as the natural caller of the path, asking for a media type (Accept). */
  public Answer get(String path, String accept) {
    String user = naturalCaller(path);
    return send(
        user == null ? null : token(user),
        "GET",
        path,
        HttpRequest.BodyPublishers.noBody(),
        null,
        accept);
  }

  /** POST as the natural caller of the path (see {@link #get}). */
  public Answer post(String path, String json) {
    return send("POST", path, json, "application/json");
  }

  /** A request as the natural caller of the path (see {@link #get}). */
  public Answer send(String method, String path, String body, String contentType) {
    String user = naturalCaller(path);
    return send(user == null ? null : token(user), method, path, body, contentType);
  }

  /** A valid access token of a realm user, shared with every test (see {@link Tokens}). */
  public String token(String username) {
    return instance.tokens().of(username);
  }

  /** The operator of a tenant: the demo user for the demo territories, a test user otherwise. */
  public String operatorOf(String tenant) {
    if (tenant.equals("bergamo") || tenant.equals("bologna")) {
      return tenant + ".operator";
    }
    return operators.computeIfAbsent(tenant, t -> createUser("op-" + t, "operator", t));
  }

  /** The admin of a tenant: the demo admin for the demo territories, a test user otherwise. */
  public String adminOf(String tenant) {
    if (tenant.equals("bergamo") || tenant.equals("bologna")) {
      return tenant + ".admin";
    }
    return admins.computeIfAbsent(tenant, t -> createUser("admin-" + t, "tenant-admin", t));
  }

  /** Calls as the admin of a tenant (see {@link #adminOf}). */
  public Session asAdminOf(String tenant) {
    return as(adminOf(tenant));
  }

  /** Creates a realm user with one role, member of a tenant (or of none when tenant is null). */
  public String createUser(String username, String role, String tenant) {
    try {
      instance.keycloakAdmin().createUser(username, role, tenant);
    } catch (IOException e) {
      throw new IllegalStateException(
          "Could not create user " + username + ": " + e.getMessage(), e);
    }
    return username;
  }

  private String naturalCaller(String path) {
    if (path.startsWith("/api/t/")) {
      String tenant = path.substring("/api/t/".length()).split("[/?]")[0];
      return operatorOf(tenant);
    }
    return path.startsWith("/api/") ? "platform.admin" : null;
  }

  private final Map<String, String> operators = new ConcurrentHashMap<>();
  private final Map<String, String> admins = new ConcurrentHashMap<>();

  /** PUT as the natural caller of the path (see {@link #get}). */
  public Answer put(String path, String json) {
    return send("PUT", path, json, "application/json");
  }

  /** DELETE as the natural caller of the path (see {@link #get}). */
  public Answer delete(String path) {
    return send("DELETE", path, null, null);
  }

  /** POST of raw bytes as the natural caller of the path (see {@link #get}). */
  public Answer upload(String path, byte[] content, String contentType) {
    String user = naturalCaller(path);
    return send(
        user == null ? null : token(user),
        "POST",
        path,
        HttpRequest.BodyPublishers.ofByteArray(content),
        contentType,
        null);
  }

  /** GET of a binary answer as the natural caller of the path (see {@link #get}). */
  public HttpResponse<byte[]> download(String path) {
    return download(token(naturalCaller(path)), path);
  }

  private HttpResponse<byte[]> download(String token, String path) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(instance.baseUrl() + path))
            .timeout(Duration.ofSeconds(120))
            .header("Authorization", "Bearer " + token)
            .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException("GET " + path + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private Answer send(String token, String method, String path, String body, String contentType) {
    return send(
        token,
        method,
        path,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body),
        contentType,
        null);
  }

  private Answer send(
      String token,
      String method,
      String path,
      HttpRequest.BodyPublisher body,
      String contentType,
      String accept) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(instance.baseUrl() + path))
            .timeout(Duration.ofSeconds(60));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (accept != null) {
      request.header("Accept", accept);
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    request.method(method, body);
    return send(request.build());
  }

  /** Sends a request built by the test (extra headers, say) to the platform, as it is. */
  public Answer send(HttpRequest request) {
    String method = request.method();
    String path = request.uri().getPath();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
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
