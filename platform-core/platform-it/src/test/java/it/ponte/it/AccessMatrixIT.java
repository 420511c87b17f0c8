package it.ponte.it;

import static org.assertj.core.api.Assertions.assertThat;

import it.ponte.it.Platform.Answer;
import it.ponte.it.Platform.Session;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every endpoint the API documents, called with every kind of bad credential, answers 401 or 403
 * and no data. The endpoints come from the live OpenAPI document, so a new resource is covered
 * without touching this test.
 */
@ExtendWith(PlatformExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixIT {

  private static final Set<String> READS = Set.of("get", "head", "options");

  /** One documented operation with its path parameters filled in. */
  record Endpoint(String method, String path) {
    boolean isRead() {
      return READS.contains(method);
    }

    @Override
    public String toString() {
      return method.toUpperCase() + " " + path;
    }
  }

  private List<Endpoint> tenantEndpoints;
  private List<Endpoint> platformEndpoints;

  @BeforeAll
  void readTheApi(Platform platform) {
    Answer openapi = platform.anonymous().send("GET", "/openapi", null, null);
    assertThat(openapi.status()).isEqualTo(200);
    tenantEndpoints = new ArrayList<>();
    platformEndpoints = new ArrayList<>();
    Answer json = platform.withToken(null).send("GET", "/openapi?format=JSON", null, null);
    JsonObject paths = json.json().getJsonObject("paths");
    for (Map.Entry<String, jakarta.json.JsonValue> entry : paths.entrySet()) {
      String template = entry.getKey();
      for (String method : entry.getValue().asJsonObject().keySet()) {
        if (!Set.of("get", "post", "put", "patch", "delete").contains(method)) {
          continue;
        }
        String path = template.replace("{tenant}", "bologna").replaceAll("\\{[^}]+}", "1");
        if (template.startsWith("/api/t/{tenant}/") && !template.contains("/public/")) {
          tenantEndpoints.add(new Endpoint(method, path));
        } else if (template.startsWith("/api/platform/")) {
          platformEndpoints.add(new Endpoint(method, path));
        }
      }
    }
    assertThat(tenantEndpoints).as("documented tenant endpoints").isNotEmpty();
    assertThat(platformEndpoints).as("documented platform endpoints").isNotEmpty();
  }

  @Test
  void withoutATokenEverythingIs401(Platform platform) {
    for (Endpoint e : all()) {
      assertRefused(platform.anonymous(), e, 401);
    }
  }

  @Test
  void aTamperedSignatureIs401(Platform platform) {
    String token = platform.token("bologna.operator");
    char last = token.charAt(token.length() - 2);
    String tampered =
        token.substring(0, token.length() - 2)
            + (last == 'A' ? 'B' : 'A')
            + token.charAt(token.length() - 1);
    for (Endpoint e : all()) {
      assertRefused(platform.withToken(tampered), e, 401);
    }
  }

  @Test
  void anUnsignedTokenIs401(Platform platform) {
    String[] parts = platform.token("bologna.operator").split("\\.");
    String header =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    String unsigned = header + "." + parts[1] + ".";
    for (Endpoint e : all()) {
      assertRefused(platform.withToken(unsigned), e, 401);
    }
  }

  @Test
  void aTokenFromAnotherIssuerIs401(Platform platform) throws Exception {
    var keycloak = platform.instance().keycloakAdmin();
    keycloak.createRealm(
        """
        {"realm": "elsewhere", "enabled": true,
         "roles": {"realm": [{"name": "operator"}, {"name": "platform-admin"}]},
         "clients": [{"clientId": "ponte-cli", "publicClient": true, "directAccessGrantsEnabled": true,
                      "protocolMappers": [{"name": "aud", "protocol": "openid-connect",
                        "protocolMapper": "oidc-audience-mapper",
                        "config": {"included.custom.audience": "ponte-api", "access.token.claim": "true"}}]}],
         "users": [{"username": "intruder", "enabled": true, "emailVerified": true, "email": "i@elsewhere.example",
                    "firstName": "I", "lastName": "Ntruder", "realmRoles": ["operator", "platform-admin"],
                    "credentials": [{"type": "password", "value": "demo", "temporary": false}]}]}
        """);
    String foreign = keycloak.token("elsewhere", "ponte-cli", "intruder", "demo");
    for (Endpoint e : all()) {
      assertRefused(platform.withToken(foreign), e, 401);
    }
  }

  @Test
  void anExpiredTokenIs401(Platform platform) throws Exception {
    var keycloak = platform.instance().keycloakAdmin();
    keycloak.createClient(
        """
        {"clientId": "ponte-cli-short", "publicClient": true, "directAccessGrantsEnabled": true,
         "standardFlowEnabled": false, "attributes": {"access.token.lifespan": "1"},
         "defaultClientScopes": ["basic", "profile", "email", "roles", "organization"],
         "protocolMappers": [{"name": "aud", "protocol": "openid-connect", "protocolMapper": "oidc-audience-mapper",
           "config": {"included.custom.audience": "ponte-api", "access.token.claim": "true"}},
           {"name": "territory roles", "protocol": "openid-connect", "protocolMapper": "oidc-group-membership-mapper",
           "config": {"claim.name": "territory_roles", "full.path": "true", "access.token.claim": "true"}}]}
        """);
    String shortLived = keycloak.token("ponte", "ponte-cli-short", "bologna.operator", "demo");
    assertThat(platform.withToken(shortLived).get("/api/t/bologna/companies").status())
        .as("the short-lived token works while it is valid")
        .isEqualTo(200);
    // Lifespan 1 s plus the 2 s clock skew the test server allows.
    Thread.sleep(4_000);
    for (Endpoint e : all()) {
      assertRefused(platform.withToken(shortLived), e, 401);
    }
  }

  @Test
  void aMemberOfAnotherTerritoryIs403(Platform platform) {
    for (String user : List.of("bergamo.operator", "bergamo.admin", "bergamo.viewer")) {
      for (Endpoint e : tenantEndpoints) {
        assertRefused(platform.as(user), e, 403);
      }
    }
  }

  @Test
  void rolesWithoutTenantAccessAre403OnTenantData(Platform platform) {
    for (String user : List.of("platform.admin", "analyst")) {
      for (Endpoint e : tenantEndpoints) {
        assertRefused(platform.as(user), e, 403);
      }
    }
  }

  @Test
  void onlyPlatformAdminsReachThePlatformApi(Platform platform) {
    for (String user : List.of("bologna.operator", "bologna.admin", "analyst")) {
      for (Endpoint e : platformEndpoints) {
        assertRefused(platform.as(user), e, 403);
      }
    }
  }

  @Test
  void aViewerReadsButCannotWrite(Platform platform) {
    Session viewer = platform.as("bergamo.viewer");
    assertThat(viewer.get("/api/t/bergamo/companies").status()).isEqualTo(200);
    for (Endpoint e : tenantEndpoints) {
      if (!e.isRead()) {
        assertRefused(
            viewer, new Endpoint(e.method(), e.path().replace("/bologna/", "/bergamo/")), 403);
      }
    }
  }

  private List<Endpoint> all() {
    List<Endpoint> all = new ArrayList<>(tenantEndpoints);
    all.addAll(platformEndpoints);
    return all;
  }

  private static void assertRefused(Session session, Endpoint e, int status) {
    String body = e.isRead() ? null : "{}";
    Answer answer =
        session.send(
            e.method().toUpperCase(), e.path(), body, body == null ? null : "application/json");
    assertThat(answer.status()).as("%s -> %s", e, answer.body()).isEqualTo(status);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.body())
        .doesNotContain("vatNumber")
        .doesNotContain("\"items\"")
        .doesNotContain("schemaVersion");
  }
}
