package it.ponte.it;

import static org.assertj.core.api.Assertions.assertThat;

import it.ponte.it.Platform.Answer;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Tenants as Keycloak organizations, real tokens, and a Keycloak outage. */
@ExtendWith(PlatformExtension.class)
class IdentityIT {

  @Test
  void onboardingCreatesTheOrganizationAndInvitesTheFirstAdmin(Platform platform) throws Exception {
    String id = Platform.newTenantId();
    String body =
        Descriptors.valid(id, "03")
            .replaceFirst("\\{", "{\"firstAdminEmail\": \"admin@" + id + ".example\", ");

    Answer created = platform.post("/api/platform/tenants", body);

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    try (Connection c = platform.jdbc();
        PreparedStatement q =
            c.prepareStatement(
                "SELECT t.identity_ref, (SELECT string_agg(event || ' by ' || actor, ', ' ORDER BY l.id)"
                    + " FROM platform.onboarding_log l WHERE l.tenant_id = t.id) FROM platform.tenant t WHERE t.id = ?")) {
      q.setString(1, id);
      try (ResultSet rs = q.executeQuery()) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isNotBlank();
        assertThat(rs.getString(2))
            .contains("registered by platform.admin [")
            .contains("organization-created by platform.admin [")
            .contains("first-admin-invited by platform.admin [");
      }
    }
    // The invited admin must set a password first: the password grant is refused until then.
    assertThat(
            org.assertj.core.api.Assertions.catchThrowable(
                () ->
                    platform
                        .instance()
                        .keycloakAdmin()
                        .token("admin@" + id + ".example", "anything")))
        .isNotNull();
    // A user the tenant's organization admits gets a token that names the tenant.
    String operator = platform.operatorOf(id);
    assertThat(platform.as(operator).get("/api/t/" + id + "/companies").status()).isEqualTo(200);
  }

  /**
   * Issue #16: the platform's Keycloak client used to ship with a fixed secret, so anyone who read
   * the source could get a realm-managing token. Each data folder now makes its own.
   */
  @Test
  void theShippedDemoSecretGetsNoToken(Platform platform) throws Exception {
    java.net.http.HttpResponse<String> r =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(
                            platform.instance().keycloakUrl()
                                + "/realms/ponte/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(
                        java.net.http.HttpRequest.BodyPublishers.ofString(
                            "grant_type=client_credentials&client_id=ponte-platform"
                                + "&client_secret=ponte-platform-demo-secret"))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(401);
    // The platform itself still manages Keycloak with its own secret: onboarding works.
    assertThat(platform.onboardNewTenant("03")).isNotBlank();
  }

  /**
   * Issue #16, item 2: roles were realm-wide, so an admin of one territory who was also a member of
   * another was an admin there too. A role is now held per territory.
   */
  @Test
  void anAdminHereIsOnlyAViewerThere(Platform platform) throws Exception {
    String here = platform.onboardNewTenant("03");
    String there = platform.onboardNewTenant("03");
    String user = platform.createUser("mixed-" + here, "tenant-admin", here);
    platform.instance().keycloakAdmin().addMember(user, there, "viewer");
    var session = platform.as(user);
    // Admin here: configures plugins, writes.
    assertThat(session.get("/api/t/" + here + "/members").status()).isEqualTo(200);
    String company =
        "{\"name\": \"Mista Srl\", \"vatNumber\": \"%s\"}".formatted(TestData.vatNumber(6_100_001));
    assertThat(session.post("/api/t/" + here + "/companies", company).status()).isEqualTo(201);
    // Viewer there: reads only, manages nothing.
    assertThat(session.get("/api/t/" + there + "/companies").status()).isEqualTo(200);
    assertThat(session.post("/api/t/" + there + "/companies", company).status()).isEqualTo(403);
    assertThat(session.get("/api/t/" + there + "/members").status()).isEqualTo(403);
    assertThat(
            session
                .send("PUT", "/api/t/" + there + "/plugins/microcredit", "{}", "application/json")
                .status())
        .isEqualTo(403);
    assertThat(session.get("/api/t/" + there + "/candidates/1/audit").status()).isEqualTo(403);
  }

  /** Issue #16, item 2: onboarding never silently makes an existing user a territory's admin. */
  @Test
  void anExistingUserBecomesFirstAdminOnlyWhenTheRequestSaysSo(Platform platform) throws Exception {
    String existing =
        platform.createUser("existing-" + Platform.newTenantId(), "operator", "bologna");
    String email = existing + "@ponte.example";
    String id = Platform.newTenantId();
    String body =
        Descriptors.valid(id, "08")
            .replaceFirst("\\{", "{\"firstAdminEmail\": \"" + email + "\", ");
    JsonObject refused =
        ProblemResponsesIT.assertProblem(
            platform.post("/api/platform/tenants", body), 422, "validation-failed");
    assertThat(refused.toString()).contains("firstAdminIsExistingUser");
    assertThat(platform.get("/api/platform/tenants/" + id).status())
        .as("nothing was created")
        .isEqualTo(404);

    String explicit =
        Descriptors.valid(id, "08")
            .replaceFirst(
                "\\{",
                "{\"firstAdminEmail\": \"" + email + "\", \"firstAdminIsExistingUser\": true, ");
    Answer created = platform.post("/api/platform/tenants", explicit);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    // Admin of the new territory, still only an operator in Bologna.
    String fresh = platform.instance().keycloakAdmin().token(existing, "demo");
    assertThat(platform.withToken(fresh).get("/api/t/" + id + "/members").status()).isEqualTo(200);
    assertThat(platform.withToken(fresh).get("/api/t/bologna/members").status()).isEqualTo(403);

    String nobody = Platform.newTenantId();
    ProblemResponsesIT.assertProblem(
        platform.post(
            "/api/platform/tenants",
            Descriptors.valid(nobody, "08")
                .replaceFirst(
                    "\\{",
                    "{\"firstAdminEmail\": \"nobody@"
                        + nobody
                        + ".example\", \"firstAdminIsExistingUser\": true, ")),
        422,
        "validation-failed");
  }

  @Test
  void anInvalidFirstAdminEmailIsAFieldError(Platform platform) {
    String id = Platform.newTenantId();
    String body =
        Descriptors.valid(id, "03").replaceFirst("\\{", "{\"firstAdminEmail\": \"not-an-email\", ");
    JsonObject problem =
        ProblemResponsesIT.assertProblem(
            platform.post("/api/platform/tenants", body), 422, "validation-failed");
    assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("pointer"))
        .isEqualTo("/firstAdminEmail");
  }

  @Test
  void writesRecordTheActingUser(Platform platform) throws Exception {
    String tenant = platform.onboardNewTenant("03");
    String vat = TestData.vatNumber(5_000_000);
    assertThat(
            platform
                .post(
                    "/api/t/" + tenant + "/companies",
                    "{\"name\": \"Audit Srl\", \"vatNumber\": \"" + vat + "\"}")
                .status())
        .isEqualTo(201);
    try (Connection c = platform.jdbc();
        PreparedStatement q =
            c.prepareStatement(
                "SELECT created_by FROM t_"
                    + tenant.replace('-', '_')
                    + ".company WHERE vat_number = ?")) {
      q.setString(1, vat);
      try (ResultSet rs = q.executeQuery()) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).startsWith("op-" + tenant + " [");
      }
    }
  }

  @Test
  void validTokensKeepWorkingWhileKeycloakIsDown(Platform platform) throws Exception {
    String operatorToken = platform.token("bergamo.operator");
    String viewerToken = platform.token("bergamo.viewer");
    assertThat(platform.withToken(operatorToken).get("/api/t/bergamo/companies").status())
        .isEqualTo(200);

    String adminToken = platform.token("platform.admin");
    String pending = Platform.newTenantId();

    platform.instance().stopKeycloak();
    Answer read;
    Answer write;
    Answer refused;
    Answer onboarding;
    try {
      onboarding =
          platform
              .withToken(adminToken)
              .post("/api/platform/tenants", Descriptors.valid(pending, "03"));
      read = platform.withToken(operatorToken).get("/api/t/bergamo/companies");
      write =
          platform
              .withToken(operatorToken)
              .post(
                  "/api/t/bergamo/companies",
                  "{\"name\": \"Durante il guasto\", \"vatNumber\": \""
                      + TestData.vatNumber(6_000_000)
                      + "\"}");
      refused = platform.withToken(viewerToken).post("/api/t/bergamo/companies", "{}");
    } finally {
      platform.instance().startKeycloak();
    }

    assertThat(read.status()).isEqualTo(200);
    assertThat(write.status()).isEqualTo(201);
    assertThat(refused.status()).isEqualTo(403);

    // Onboarding needs Keycloak: it stops at a visible FAILED state that a retry completes.
    ProblemResponsesIT.assertProblem(onboarding, 503, "onboarding-failed");
    assertThat(platform.get("/api/platform/tenants/" + pending).json().getString("status"))
        .isEqualTo("FAILED");
    Answer resumed = platform.post("/api/platform/tenants", Descriptors.valid(pending, "03"));
    assertThat(resumed.status()).as(resumed.body()).isEqualTo(200);
    assertThat(resumed.json().getString("status")).isEqualTo("ACTIVE");
  }

  @Test
  void aNewSigningKeyIsPickedUpWithoutARestart(Platform platform) throws Exception {
    assertThat(platform.get("/api/t/bologna/companies").status()).isEqualTo(200);
    platform.instance().keycloakAdmin().addSigningKey(1000);
    String signedWithNewKey = platform.instance().keycloakAdmin().token("bologna.operator", "demo");

    // The key set is fetched again for an unknown key id, at most every 30 s (Nimbus's rate limit).
    int status = 0;
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(45);
    while (System.nanoTime() < deadline) {
      status = platform.withToken(signedWithNewKey).get("/api/t/bologna/companies").status();
      if (status == 200) {
        break;
      }
      Thread.sleep(1_000);
    }
    assertThat(status).isEqualTo(200);
  }
}
