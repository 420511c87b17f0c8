package it.ponte.it;

import static it.ponte.it.ProblemResponsesIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import it.ponte.it.Platform.Answer;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A suspended territory is read-only until the suspension is lifted; the others never notice. */
@ExtendWith(PlatformExtension.class)
class SuspensionIT {

  @Test
  void aSuspendedTerritoryIsReadAndExportedButNotChanged(Platform platform) {
    String a = platform.onboardNewTenant("08");
    String b = platform.onboardNewTenant("08");
    Fixtures fa = new Fixtures(platform, a);
    long person = fa.register(Fixtures.person("Sara", "Sospesa", ""));
    long before = count(platform, a);

    assertThat(
            platform.asAdminOf(a).post("/api/platform/tenants/" + a + "/suspension", "{}").status())
        .as("a territory's admin does not suspend it")
        .isEqualTo(403);
    Answer suspended = platform.post("/api/platform/tenants/" + a + "/suspension", "{}");
    assertThat(suspended.status()).as(suspended.body()).isEqualTo(200);
    assertThat(suspended.json().getString("suspendedSince")).isNotBlank();

    // Writes are refused and change nothing: the API, a plugin's, the public form.
    assertProblem(
        platform.post("/api/t/" + a + "/candidates", Fixtures.person("Nuova", "Persona", "")),
        409,
        "tenant-suspended");
    assertProblem(
        platform
            .asAdminOf(a)
            .send("PUT", "/api/t/" + a + "/plugins/microcredit", "{}", "application/json"),
        409,
        "tenant-suspended");
    assertProblem(
        platform.send(
            java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(
                        platform.baseUrl() + "/api/t/" + a + "/public/registrations"))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}"))
                .build()),
        409,
        "tenant-suspended");
    assertThat(count(platform, a)).isEqualTo(before);
    // Reads and the export go on.
    assertThat(platform.get("/api/t/" + a + "/candidates/" + person).status()).isEqualTo(200);
    JsonObject export =
        platform
            .asAdminOf(a)
            .get("/api/t/" + a + "/candidates/" + person + "/privacy/export")
            .json();
    assertThat(export.toString()).contains("Sospesa");
    // The other territory works as before.
    assertThat(
            platform
                .post("/api/t/" + b + "/candidates", Fixtures.person("Altra", "Persona", ""))
                .status())
        .isEqualTo(201);
    assertThat(platform.get("/api/platform/tenants/" + b).json().containsKey("suspendedSince"))
        .as("absent when not suspended")
        .isFalse();

    Answer lifted =
        platform.send("DELETE", "/api/platform/tenants/" + a + "/suspension", null, null);
    assertThat(lifted.status()).as(lifted.body()).isEqualTo(200);
    assertThat(lifted.json().containsKey("suspendedSince")).isFalse();
    assertThat(
            platform
                .post("/api/t/" + a + "/candidates", Fixtures.person("Dopo", "Ripresa", ""))
                .status())
        .isEqualTo(201);
    assertThat(platform.post("/api/platform/tenants/no-such/suspension", "{}").status())
        .isEqualTo(404);
  }

  private static long count(Platform platform, String tenant) {
    return platform.get("/api/t/" + tenant + "/candidates?limit=1").json().getInt("total");
  }
}
