package it.ponte.identity.infrastructure;

import it.ponte.api.tenant.TenantId;
import it.ponte.identity.domain.Roles;
import it.ponte.tenancy.domain.TenantIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * Tenants as Keycloak Organizations (name and alias = tenant id), through the Admin REST API with
 * the platform's confidential client. Calls time out and are retried; the client's token is reused
 * until shortly before it expires.
 */
@ApplicationScoped
public class KeycloakTenantIdentity implements TenantIdentity {

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

  @Inject IdentitySettings settings;

  private volatile String token;
  private volatile long tokenValidUntil;

  @Override
  @Timeout(value = 20, unit = ChronoUnit.SECONDS)
  @Retry(maxRetries = 2, delay = 500, retryOn = IdentityException.class)
  public String ensureOrganization(TenantId tenant, String displayName) {
    String existing = findOrganization(tenant);
    if (existing != null) {
      return existing;
    }
    String body =
        Json.createObjectBuilder()
            .add("name", tenant.value())
            .add("alias", tenant.value())
            .add("description", displayName)
            .add("enabled", true)
            .build()
            .toString();
    HttpResponse<String> created = admin("POST", "/organizations", body);
    if (created.statusCode() != 201 && created.statusCode() != 409) {
      throw failure("creating organization " + tenant, created);
    }
    String id = findOrganization(tenant);
    if (id == null) {
      throw new IdentityException("Organization " + tenant + " not found after creating it", null);
    }
    return id;
  }

  @Override
  @Timeout(value = 20, unit = ChronoUnit.SECONDS)
  @Retry(maxRetries = 2, delay = 500, retryOn = IdentityException.class)
  public void inviteFirstAdmin(TenantId tenant, String email) {
    String organization = ensureOrganization(tenant, tenant.value());
    String body =
        Json.createObjectBuilder()
            .add("username", email)
            .add("email", email)
            .add("enabled", true)
            .add(
                "requiredActions",
                Json.createArrayBuilder().add("UPDATE_PASSWORD").add("VERIFY_EMAIL"))
            .build()
            .toString();
    HttpResponse<String> created = admin("POST", "/users", body);
    if (created.statusCode() != 201 && created.statusCode() != 409) {
      throw failure("creating user " + email, created);
    }
    String user = findUser(email);
    HttpResponse<String> role = admin("GET", "/roles/" + Roles.TENANT_ADMIN, null);
    if (role.statusCode() != 200) {
      throw failure("reading role " + Roles.TENANT_ADMIN, role);
    }
    HttpResponse<String> mapped =
        admin("POST", "/users/" + user + "/role-mappings/realm", "[" + role.body() + "]");
    if (mapped.statusCode() != 204) {
      throw failure("granting " + Roles.TENANT_ADMIN + " to " + email, mapped);
    }
    HttpResponse<String> member =
        admin(
            "POST",
            "/organizations/" + organization + "/members",
            Json.createValue(user).toString());
    if (member.statusCode() != 201 && member.statusCode() != 409) {
      throw failure("adding " + email + " to organization " + tenant, member);
    }
  }

  private String findOrganization(TenantId tenant) {
    HttpResponse<String> r =
        admin("GET", "/organizations?exact=true&search=" + enc(tenant.value()), null);
    if (r.statusCode() != 200) {
      throw failure("searching organization " + tenant, r);
    }
    for (JsonValue v : array(r.body())) {
      JsonObject org = v.asJsonObject();
      if (tenant.value().equals(org.getString("alias", null))) {
        return org.getString("id");
      }
    }
    return null;
  }

  private String findUser(String username) {
    HttpResponse<String> r = admin("GET", "/users?exact=true&username=" + enc(username), null);
    JsonArray found = r.statusCode() == 200 ? array(r.body()) : JsonValue.EMPTY_JSON_ARRAY;
    if (found.isEmpty()) {
      throw failure("finding user " + username, r);
    }
    return found.getJsonObject(0).getString("id");
  }

  private HttpResponse<String> admin(String method, String path, String json) {
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

  private static JsonArray array(String body) {
    return Json.createReader(new StringReader(body)).readArray();
  }

  private static IdentityException failure(String what, HttpResponse<String> r) {
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

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
