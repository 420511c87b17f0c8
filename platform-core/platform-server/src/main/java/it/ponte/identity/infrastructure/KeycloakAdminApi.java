package it.ponte.identity.infrastructure;

import it.ponte.tenancy.domain.TenantIdentity.IdentityException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The Keycloak Admin REST API of the platform's realm, called with the platform's confidential
 * client (its token reused until shortly before it expires). Failures become {@link
 * IdentityException}s that never pass for a database outage.
 */
@ApplicationScoped
public class KeycloakAdminApi {

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

  @Inject IdentitySettings settings;

  private volatile String token;
  private volatile long tokenValidUntil;

  /** One call to {@code /admin/realms/<realm><path>}. */
  public HttpResponse<String> call(String method, String path, String json) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(
                URI.create(settings.keycloakUrl() + "/admin/realms/" + settings.realm() + path))
            .timeout(Duration.ofSeconds(10))
            .header("Authorization", "Bearer " + clientToken());
    if (json != null) {
      b.header("Content-Type", "application/json");
    }
    b.method(
        method,
        json == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json));
    return send(b.build());
  }

  /** A call that must answer one of the given statuses; anything else is a failure. */
  public HttpResponse<String> expect(
      String what, String method, String path, String json, int... statuses) {
    HttpResponse<String> r = call(method, path, json);
    for (int s : statuses) {
      if (r.statusCode() == s) {
        return r;
      }
    }
    throw failure(what, r);
  }

  private String clientToken() {
    if (token != null && System.currentTimeMillis() < tokenValidUntil) {
      return token;
    }
    String form =
        "grant_type=client_credentials&client_id="
            + enc(settings.clientId())
            + "&client_secret="
            + enc(settings.clientSecret());
    HttpResponse<String> r =
        send(
            HttpRequest.newBuilder(
                    URI.create(
                        settings.keycloakUrl()
                            + "/realms/"
                            + settings.realm()
                            + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    if (r.statusCode() != 200) {
      throw failure("getting a token for client " + settings.clientId(), r);
    }
    JsonObject answer = Json.createReader(new StringReader(r.body())).readObject();
    token = answer.getString("access_token");
    tokenValidUntil =
        System.currentTimeMillis() + Math.max(0, answer.getInt("expires_in", 60) - 30) * 1000L;
    return token;
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IdentityException(
          "Keycloak unreachable at " + settings.keycloakUrl() + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IdentityException("Interrupted while calling Keycloak", e);
    }
  }

  public static JsonArray array(String body) {
    return Json.createReader(new StringReader(body)).readArray();
  }

  public static JsonObject object(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  public static IdentityException failure(String what, HttpResponse<String> r) {
    String body = r.body() == null ? "" : r.body();
    return new IdentityException(
        "Keycloak refused "
            + what
            + ": HTTP "
            + r.statusCode()
            + " "
            + body.substring(0, Math.min(200, body.length())),
        null);
  }

  public static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
