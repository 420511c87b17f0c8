package it.ponte.it;

import static it.ponte.it.ProblemResponsesIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import it.ponte.it.Platform.Answer;
import it.ponte.it.Platform.Session;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue #16, item 2: a territory's admins manage its people through Ponte, with roles held in that
 * territory only, never a platform role, never another territory's people.
 */
@ExtendWith(PlatformExtension.class)
class MembersIT {

  private static JsonObject member(Session admin, String tenant, String username) {
    return admin.get("/api/t/" + tenant + "/members").jsonStructure().asJsonArray().stream()
        .map(JsonValue::asJsonObject)
        .filter(m -> m.getString("username").equals(username))
        .findFirst()
        .orElse(null);
  }

  @Test
  void adminsInviteChangeAndRemoveTheirTerritorysPeople(Platform platform) throws Exception {
    String a = platform.onboardNewTenant("08");
    String b = platform.onboardNewTenant("08");
    Session admin = platform.asAdminOf(a);
    String email = "nuova@" + a + ".example";

    Answer invited =
        admin.post(
            "/api/t/" + a + "/members",
            "{\"email\": \"" + email + "\", \"role\": \"operator\", \"firstName\": \"Nuova\"}");
    assertThat(invited.status()).as(invited.body()).isEqualTo(201);
    String id = invited.json().getString("id");
    assertThat(invited.json().getString("role")).isEqualTo("operator");
    assertThat(member(admin, a, email).getString("role")).isEqualTo("operator");
    assertThat(member(platform.asAdminOf(b), b, email)).as("the other territory").isNull();

    // The person signs in (sets a password at first login) and works as an operator here only.
    var keycloak = platform.instance().keycloakAdmin();
    keycloak.activate(email);
    String token = keycloak.token(email, "demo");
    String company =
        "{\"name\": \"Invitata Srl\", \"vatNumber\": \"%s\"}"
            .formatted(TestData.vatNumber(6_200_001));
    assertThat(platform.withToken(token).post("/api/t/" + a + "/companies", company).status())
        .isEqualTo(201);
    assertThat(platform.withToken(token).get("/api/t/" + b + "/companies").status()).isEqualTo(403);
    assertThat(platform.withToken(token).get("/api/t/" + a + "/members").status())
        .as("operators do not manage people")
        .isEqualTo(403);
    JsonObject seen = member(admin, a, email);
    assertThat(seen.get("lastSeenAt").getValueType()).isEqualTo(JsonValue.ValueType.STRING);

    // Down to viewer: a fresh token reads but cannot write.
    Answer changed = admin.put("/api/t/" + a + "/members/" + id, "{\"role\": \"viewer\"}");
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.json().getString("role")).isEqualTo("viewer");
    String viewerToken = keycloak.token(email, "demo");
    assertThat(platform.withToken(viewerToken).get("/api/t/" + a + "/companies").status())
        .isEqualTo(200);
    assertThat(platform.withToken(viewerToken).post("/api/t/" + a + "/companies", company).status())
        .isEqualTo(403);

    // Removed: no access any more, and the Keycloak user is still there.
    assertThat(admin.send("DELETE", "/api/t/" + a + "/members/" + id, null, null).status())
        .isEqualTo(204);
    assertThat(member(admin, a, email)).isNull();
    String after = keycloak.token(email, "demo");
    assertThat(platform.withToken(after).get("/api/t/" + a + "/companies").status()).isEqualTo(403);
    assertThat(keycloak.userExists(email)).isTrue();
  }

  @Test
  void adminsGrantNoPlatformRoleAndTouchNoOtherTerritory(Platform platform) throws Exception {
    String a = platform.onboardNewTenant("08");
    String b = platform.onboardNewTenant("08");
    Session adminA = platform.asAdminOf(a);
    for (String role : List.of("platform-admin", "federation-analyst", "superuser", "")) {
      assertProblem(
          adminA.post(
              "/api/t/" + a + "/members",
              "{\"email\": \"x-" + role + "@" + a + ".example\", \"role\": \"" + role + "\"}"),
          422,
          "validation-failed");
    }
    assertProblem(
        adminA.post(
            "/api/t/" + a + "/members", "{\"email\": \"not-an-email\", \"role\": \"viewer\"}"),
        422,
        "validation-failed");
    // B's operator, addressed through A's path: not a member of A, so 404, and untouched in B.
    String bOperator = platform.operatorOf(b);
    String bOperatorId = platform.instance().keycloakAdmin().userId(bOperator);
    assertProblem(
        adminA.put("/api/t/" + a + "/members/" + bOperatorId, "{\"role\": \"tenant-admin\"}"),
        404,
        "not-found");
    assertProblem(
        adminA.send("DELETE", "/api/t/" + a + "/members/" + bOperatorId, null, null),
        404,
        "not-found");
    assertThat(member(platform.asAdminOf(b), b, bOperator).getString("role")).isEqualTo("operator");
    // And A's admin cannot reach B's members at all.
    assertThat(adminA.get("/api/t/" + b + "/members").status()).isEqualTo(403);
  }

  @Test
  void theLastAdminStays(Platform platform) throws Exception {
    String a = platform.onboardNewTenant("08");
    Session admin = platform.asAdminOf(a);
    String adminId = platform.instance().keycloakAdmin().userId(platform.adminOf(a));
    assertProblem(
        admin.put("/api/t/" + a + "/members/" + adminId, "{\"role\": \"viewer\"}"),
        409,
        "last-admin");
    assertProblem(
        admin.send("DELETE", "/api/t/" + a + "/members/" + adminId, null, null), 409, "last-admin");
    assertThat(member(admin, a, platform.adminOf(a)).getString("role")).isEqualTo("tenant-admin");
  }
}
