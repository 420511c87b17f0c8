package it.ponte.it;

import static it.ponte.it.ProblemResponsesIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import it.ponte.it.Platform.Answer;
import it.ponte.launcher.KeycloakAdmin;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Offboarding a territory removes its schema, role, organization and memberships, keeps a record,
 * and leaves every other territory as it was.
 */
@ExtendWith(PlatformExtension.class)
class OffboardingIT {

  @Test
  void aSuspendedTerritoryIsOffboardedAndTheOtherKeepsEverything(Platform platform)
      throws Exception {
    String a = platform.onboardNewTenant("08");
    String b = platform.onboardNewTenant("08");
    long inA = new Fixtures(platform, a).register(Fixtures.person("Lascia", "Ilterritorio", ""));
    long inB = new Fixtures(platform, b).register(Fixtures.person("Resta", "Qui", ""));
    String adminOfA = platform.adminOf(a);
    String adminOfB = platform.adminOf(b);
    assertThat(territoryRoles(platform, adminOfA)).contains("/t/" + a + "/");

    assertThat(
            platform
                .asAdminOf(a)
                .send("DELETE", "/api/platform/tenants/" + a + "?confirm=" + a, null, null)
                .status())
        .as("a territory's admin does not offboard it")
        .isEqualTo(403);
    String offboard = "/api/platform/tenants/" + a + "?confirm=" + a;
    assertProblem(platform.send("DELETE", offboard, null, null), 409, "tenant-not-suspended");
    assertThat(platform.post("/api/platform/tenants/" + a + "/suspension", "{}").status())
        .isEqualTo(200);
    assertProblem(
        platform.send("DELETE", "/api/platform/tenants/" + a, null, null),
        422,
        "validation-failed");
    assertProblem(
        platform.send("DELETE", "/api/platform/tenants/" + a + "?confirm=" + b, null, null),
        422,
        "validation-failed");
    assertProblem(
        platform.send("DELETE", "/api/platform/tenants/bergamo?confirm=bergamo", null, null),
        409,
        "tenant-not-suspended");

    Answer done = platform.send("DELETE", offboard, null, null);
    assertThat(done.status()).as(done.body()).isEqualTo(204);

    assertThat(platform.get("/api/platform/tenants/" + a).status()).isEqualTo(404);
    assertThat(platform.get("/api/t/" + a + "/candidates/" + inA).status()).isIn(403, 404);
    assertThat(platform.send("DELETE", offboard, null, null).status())
        .as("gone: a second request finds nothing")
        .isEqualTo(404);
    try (Connection db = platform.jdbc()) {
      assertThat(count(db, "SELECT count(*) FROM pg_namespace WHERE nspname = ?", "t_" + under(a)))
          .as("schema")
          .isZero();
      assertThat(
              count(db, "SELECT count(*) FROM pg_roles WHERE rolname = ?", "ponte_t_" + under(a)))
          .as("role")
          .isZero();
      assertThat(
              count(
                  db,
                  "SELECT count(*) FROM platform.tenant_offboarding WHERE tenant_id = ?"
                      + " AND actor LIKE 'platform.admin%'",
                  a))
          .as("the record kept")
          .isEqualTo(1);
      assertThat(count(db, "SELECT count(*) FROM pg_namespace WHERE nspname = ?", "t_" + under(b)))
          .isEqualTo(1);
    }
    // The identity side: a fresh token of A's admin has no role there; B's admin keeps theirs.
    assertThat(territoryRoles(platform, adminOfA)).doesNotContain("/t/" + a + "/");
    assertThat(territoryRoles(platform, adminOfB)).contains("/t/" + b + "/tenant-admin");
    // The other territory reads and writes as before.
    assertThat(platform.get("/api/t/" + b + "/candidates/" + inB).json().getString("lastName"))
        .isEqualTo("Qui");
    assertThat(
            platform
                .post("/api/t/" + b + "/candidates", Fixtures.person("Dopo", "Uscita", ""))
                .status())
        .isEqualTo(201);
    // The id is free again: the same territory may be onboarded anew, empty.
    assertThat(platform.post("/api/platform/tenants", Descriptors.valid(a, "08")).status())
        .isEqualTo(201);
  }

  private static String under(String tenant) {
    return tenant.replace('-', '_');
  }

  private static long count(Connection db, String sql, String parameter) throws Exception {
    try (PreparedStatement q = db.prepareStatement(sql)) {
      q.setString(1, parameter);
      try (ResultSet rs = q.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** The territory roles of a fresh access token of the user. */
  private static String territoryRoles(Platform platform, String username) throws Exception {
    String token = platform.instance().keycloakAdmin().token(username, KeycloakAdmin.DEMO_PASSWORD);
    String payload =
        new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    return payload;
  }
}
