package it.ponte.launcher;

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
import java.util.List;

/**
 * The few Admin REST API calls the demo and the tests need on a local Keycloak: users with a
 * password, a realm role and organization membership, and tokens for them.
 */
public final class KeycloakAdmin {

  /** Password of every demo user. */
  public static final String DEMO_PASSWORD = "demo";

  /** Public client with direct access grants, present in the demo realm only. */
  public static final String CLI_CLIENT = "ponte-cli";

  private final String baseUrl;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final String adminPassword;

  /**
   * @param adminPassword the local server's bootstrap administrator's password ({@link
   *     LocalSecrets})
   */
  public KeycloakAdmin(String baseUrl, String adminPassword) {
    this.baseUrl = baseUrl;
    this.adminPassword = adminPassword;
  }

  /** An access token of a realm user through the demo CLI client (password grant). */
  public String token(String username, String password) throws IOException {
    return token(KeycloakServer.REALM, CLI_CLIENT, username, password);
  }

  /** An access token from any realm and public client with direct access grants. */
  public String token(String realm, String clientId, String username, String password)
      throws IOException {
    return grant(realm, clientId, username, password).accessToken();
  }

  /** What a password grant answers: the access token and how long it lives. */
  public record Grant(String accessToken, long expiresInSeconds) {}

  /** A password grant from any realm and public client with direct access grants. */
  public Grant grant(String realm, String clientId, String username, String password)
      throws IOException {
    JsonObject answer =
        form(
            baseUrl + "/realms/" + realm + "/protocol/openid-connect/token",
            "grant_type=password&client_id="
                + enc(clientId)
                + "&scope=openid&username="
                + enc(username)
                + "&password="
                + enc(password));
    return new Grant(
        answer.getString("access_token"), answer.getJsonNumber("expires_in").longValue());
  }

  /** Creates a whole realm from its JSON representation (ignored if it exists). */
  public void createRealm(String realmJson) throws IOException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(baseUrl + "/admin/realms"))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + adminToken())
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(realmJson))
            .build();
    HttpResponse<String> r = call(request);
    if (r.statusCode() != 201 && r.statusCode() != 409) {
      throw new IOException("Creating realm: " + r.statusCode() + " " + r.body());
    }
  }

  /**
   * Adds a new RSA signing key to the platform realm with the given priority; the highest priority
   * signs new tokens (a key rotation).
   */
  public void addSigningKey(int priority) throws IOException {
    String admin = adminToken();
    HttpResponse<String> realm = send(admin, "GET", "", null);
    String realmId = Json.createReader(new StringReader(realm.body())).readObject().getString("id");
    String component =
        Json.createObjectBuilder()
            .add("name", "rotated-" + priority)
            .add("providerId", "rsa-generated")
            .add("providerType", "org.keycloak.keys.KeyProvider")
            .add("parentId", realmId)
            .add(
                "config",
                Json.createObjectBuilder()
                    .add("priority", Json.createArrayBuilder().add(String.valueOf(priority)))
                    .add("algorithm", Json.createArrayBuilder().add("RS256")))
            .build()
            .toString();
    HttpResponse<String> r = send(admin, "POST", "/components", component);
    if (r.statusCode() != 201) {
      throw new IOException("Adding a signing key: " + r.statusCode() + " " + r.body());
    }
  }

  /** Creates a client in the platform realm from its JSON representation (ignored if it exists). */
  public void createClient(String clientJson) throws IOException {
    HttpResponse<String> r = send(adminToken(), "POST", "/clients", clientJson);
    if (r.statusCode() != 201 && r.statusCode() != 409) {
      throw new IOException("Creating client: " + r.statusCode() + " " + r.body());
    }
  }

  /** Adds a realm user to the organization of a tenant (organization alias = tenant id). */
  public void addMember(String username, String tenant) throws IOException {
    String admin = adminToken();
    String org = organizationId(admin, tenant);
    String user = userId(admin, username);
    HttpResponse<String> r =
        send(
            admin, "POST", "/organizations/" + org + "/members", Json.createValue(user).toString());
    if (r.statusCode() != 201 && r.statusCode() != 409) {
      throw new IOException(
          "Adding " + username + " to " + tenant + ": " + r.statusCode() + " " + r.body());
    }
  }

  /**
   * Creates a user with password {@value #DEMO_PASSWORD} and one role: a territory role
   * (tenant-admin, operator, viewer) in the given tenant, or a realm role (platform-admin,
   * federation-analyst).
   */
  public void createUser(String username, String role, String tenant) throws IOException {
    String admin = adminToken();
    String body =
        Json.createObjectBuilder()
            .add("username", username)
            .add("enabled", true)
            .add("emailVerified", true)
            .add("email", username + "@ponte.example")
            .add("firstName", "Test")
            .add("lastName", username)
            .add(
                "credentials",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("type", "password")
                            .add("value", DEMO_PASSWORD)
                            .add("temporary", false)))
            .build()
            .toString();
    HttpResponse<String> created = send(admin, "POST", "/users", body);
    if (created.statusCode() != 201 && created.statusCode() != 409) {
      throw new IOException(
          "Creating " + username + ": " + created.statusCode() + " " + created.body());
    }
    String user = userId(admin, username);
    setDemoPassword(admin, user, username);
    if (TERRITORY_ROLES.contains(role)) {
      if (tenant != null) {
        addMember(username, tenant, role);
      }
      return;
    }
    HttpResponse<String> roleRep = send(admin, "GET", "/roles/" + enc(role), null);
    if (roleRep.statusCode() != 200) {
      throw new IOException("Role " + role + ": " + roleRep.statusCode());
    }
    send(admin, "POST", "/users/" + user + "/role-mappings/realm", "[" + roleRep.body() + "]");
    if (tenant != null) {
      addMember(username, tenant);
    }
  }

  /**
   * Lets an invited user sign in with password {@value #DEMO_PASSWORD}: no pending actions, e-mail
   * verified (what the person would do at first login).
   */
  public void activate(String username) throws IOException {
    String admin = adminToken();
    String user = userId(admin, username);
    HttpResponse<String> updated =
        send(
            admin,
            "PUT",
            "/users/" + user,
            "{\"requiredActions\": [], \"emailVerified\": true, \"firstName\": \"Nuova\","
                + " \"lastName\": \"Persona\"}");
    if (updated.statusCode() != 204) {
      throw new IOException("Activating " + username + ": " + updated.statusCode());
    }
    setDemoPassword(admin, user, username);
  }

  private void setDemoPassword(String admin, String user, String username) throws IOException {
    String password =
        Json.createObjectBuilder()
            .add("type", "password")
            .add("value", DEMO_PASSWORD)
            .add("temporary", false)
            .build()
            .toString();
    HttpResponse<String> reset = send(admin, "PUT", "/users/" + user + "/reset-password", password);
    if (reset.statusCode() != 204) {
      throw new IOException(
          "Setting the password of " + username + ": " + reset.statusCode() + " " + reset.body());
    }
  }

  /** The id of the group {@code /t/<tenant>/<role>}, made (with its parents) when missing. */
  private String roleGroup(String admin, String tenant, String role) throws IOException {
    String parent = null;
    String path = "";
    for (String name : List.of("t", tenant, role)) {
      path += "/" + enc(name);
      HttpResponse<String> found = send(admin, "GET", "/group-by-path" + path, null);
      if (found.statusCode() == 404) {
        HttpResponse<String> made =
            send(
                admin,
                "POST",
                parent == null ? "/groups" : "/groups/" + parent + "/children",
                Json.createObjectBuilder().add("name", name).build().toString());
        if (made.statusCode() != 201 && made.statusCode() != 409) {
          throw new IOException("Creating group " + path + ": " + made.statusCode());
        }
        found = send(admin, "GET", "/group-by-path" + path, null);
      }
      if (found.statusCode() != 200) {
        throw new IOException("Group " + path + ": " + found.statusCode() + " " + found.body());
      }
      parent = Json.createReader(new StringReader(found.body())).readObject().getString("id");
    }
    return parent;
  }

  /**
   * Lets the web console's client ({@code ponte-web}) sign in and out at this platform address (the
   * local platform's port is chosen at start).
   */
  public void allowConsoleAt(String platformUrl) throws IOException {
    String admin = adminToken();
    HttpResponse<String> found = send(admin, "GET", "/clients?clientId=ponte-web", null);
    JsonArray clients = Json.createReader(new StringReader(found.body())).readArray();
    if (clients.isEmpty()) {
      throw new IOException("No client ponte-web in the realm");
    }
    JsonObject client = clients.getJsonObject(0);
    String pattern = platformUrl.replaceAll("/+$", "") + "/*";
    var redirects = Json.createArrayBuilder();
    boolean present = false;
    for (JsonValue v : client.getJsonArray("redirectUris")) {
      redirects.add(v);
      present |= v.toString().equals("\"" + pattern + "\"");
    }
    if (present) {
      return;
    }
    redirects.add(pattern);
    JsonObject attributes = client.getJsonObject("attributes");
    String logout = attributes.getString("post.logout.redirect.uris", "");
    JsonObject updated =
        Json.createObjectBuilder(client)
            .add("redirectUris", redirects)
            .add(
                "attributes",
                Json.createObjectBuilder(attributes)
                    .add(
                        "post.logout.redirect.uris",
                        logout.isEmpty() ? pattern : logout + "##" + pattern))
            .build();
    HttpResponse<String> r =
        send(admin, "PUT", "/clients/" + client.getString("id"), updated.toString());
    if (r.statusCode() != 204) {
      throw new IOException("Updating ponte-web: " + r.statusCode() + " " + r.body());
    }
  }

  /** Whether a user with this username exists in the platform realm. */
  public boolean userExists(String username) throws IOException {
    try {
      userId(adminToken(), username);
      return true;
    } catch (IOException e) {
      if (e.getMessage() != null && e.getMessage().startsWith("No Keycloak user")) {
        return false;
      }
      throw e;
    }
  }

  /** The id of a user of the platform realm (the token subject). */
  public String userId(String username) throws IOException {
    return userId(adminToken(), username);
  }

  /**
   * The roles held per territory, as groups {@code /t/<tenant>/<role>}; the rest are realm roles.
   */
  public static final java.util.Set<String> TERRITORY_ROLES =
      java.util.Set.of("tenant-admin", "operator", "viewer");

  /**
   * Makes a user a member of a tenant's organization with a role there (its group {@code
   * /t/<tenant>/<role>}, which the platform made when it onboarded the tenant).
   */
  public void addMember(String username, String tenant, String role) throws IOException {
    addMember(username, tenant);
    String admin = adminToken();
    String user = userId(admin, username);
    String groupId = roleGroup(admin, tenant, role);
    HttpResponse<String> joined = send(admin, "PUT", "/users/" + user + "/groups/" + groupId, null);
    if (joined.statusCode() != 204) {
      throw new IOException(
          "Adding " + username + " to /t/" + tenant + "/" + role + ": " + joined.statusCode());
    }
  }

  private String organizationId(String admin, String tenant) throws IOException {
    HttpResponse<String> r =
        send(admin, "GET", "/organizations?exact=true&search=" + enc(tenant), null);
    JsonArray found = Json.createReader(new StringReader(r.body())).readArray();
    for (JsonValue v : found) {
      if (tenant.equals(v.asJsonObject().getString("alias", ""))) {
        return v.asJsonObject().getString("id");
      }
    }
    throw new IOException("No Keycloak organization for tenant " + tenant);
  }

  private String userId(String admin, String username) throws IOException {
    HttpResponse<String> r =
        send(admin, "GET", "/users?exact=true&username=" + enc(username), null);
    JsonArray found = Json.createReader(new StringReader(r.body())).readArray();
    if (found.isEmpty()) {
      throw new IOException("No Keycloak user " + username);
    }
    return found.getJsonObject(0).getString("id");
  }

  private String adminToken() throws IOException {
    return form(
            baseUrl + "/realms/master/protocol/openid-connect/token",
            "grant_type=password&client_id=admin-cli&username="
                + enc(KeycloakServer.ADMIN_USER)
                + "&password="
                + enc(adminPassword))
        .getString("access_token");
  }

  private JsonObject form(String url, String body) throws IOException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    HttpResponse<String> r = call(request);
    if (r.statusCode() != 200) {
      throw new IOException(
          "Token request to " + url + " answered " + r.statusCode() + ": " + r.body());
    }
    return Json.createReader(new StringReader(r.body())).readObject();
  }

  private HttpResponse<String> send(String token, String method, String path, String json)
      throws IOException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(baseUrl + "/admin/realms/" + KeycloakServer.REALM + path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + token);
    if (json != null) {
      b.header("Content-Type", "application/json");
    }
    b.method(
        method,
        json == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json));
    return call(b.build());
  }

  private HttpResponse<String> call(HttpRequest request) throws IOException {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /**
   * The demo users, their territory and their role there, as the README lists them (platform-wide
   * users have none).
   */
  public static List<String[]> demoMemberships() {
    return List.of(
        new String[] {"bergamo.admin", "bergamo", "tenant-admin"},
        new String[] {"bergamo.operator", "bergamo", "operator"},
        new String[] {"bergamo.viewer", "bergamo", "viewer"},
        new String[] {"bologna.admin", "bologna", "tenant-admin"},
        new String[] {"bologna.operator", "bologna", "operator"});
  }
}
