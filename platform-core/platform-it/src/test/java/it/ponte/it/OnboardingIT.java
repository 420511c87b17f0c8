package it.ponte.it;

import static org.assertj.core.api.Assertions.assertThat;

import it.ponte.it.Platform.Answer;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PlatformExtension.class)
class OnboardingIT {

  @Test
  void onboardsATenantAtRuntimeWithItsOwnSchemaAndRole(Platform platform) throws Exception {
    String id = Platform.newTenantId();

    Answer created = platform.post("/api/platform/tenants", Descriptors.valid(id, "05"));

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.header("Location")).endsWith("/api/platform/tenants/" + id);
    JsonObject tenant = created.json();
    assertThat(tenant.getString("status")).isEqualTo("ACTIVE");
    assertThat(tenant.getString("region")).isEqualTo("05");
    assertThat(tenant.getString("schemaVersion")).isEqualTo(latestCoreChangeSet());

    JsonObject shown = platform.get("/api/platform/tenants/" + id).json();
    assertThat(shown.getString("name")).isEqualTo("Territorio " + id);
    assertThat(shown.getJsonArray("zones").getValuesAs(jakarta.json.JsonString::getString))
        .containsExactly("Centro", "Valle");

    String schema = "t_" + id.replace('-', '_');
    String role = "ponte_t_" + id.replace('-', '_');
    try (Connection c = platform.jdbc();
        PreparedStatement q =
            c.prepareStatement(
                "SELECT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = ?")) {
      q.setString(1, schema);
      try (ResultSet rs = q.executeQuery()) {
        assertThat(rs.next()).as("schema %s exists", schema).isTrue();
        assertThat(rs.getString(1)).isEqualTo(role);
      }
    }

    Answer companies = platform.get("/api/t/" + id + "/companies");
    assertThat(companies.status()).isEqualTo(200);
    assertThat(companies.json().getJsonNumber("total").longValue()).isZero();
  }

  /**
   * A descriptor enabling a plugin and the plugin it requires is onboarded with both enabled, the
   * required one first (the descriptor's map has no order; before the fix, onboarding could enable
   * the dependent first and be refused - in about half of the runs, as the map's order is per JVM).
   */
  @Test
  void onboardingEnablesTheDescriptorsPluginsInDependencyOrder(Platform platform) {
    String id = Platform.newTenantId();
    String descriptor =
        Descriptors.valid(id, "03")
            .replace(
                "\"plugins\": {}",
                "\"plugins\": {\"it-lombardy\": {}, \"it-echo\": {\"greeting\": \"ciao\"}}");
    assertThat(descriptor).contains("it-lombardy");
    Answer created = platform.post("/api/platform/tenants", descriptor);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    for (String plugin : java.util.List.of("it-echo", "it-lombardy")) {
      assertThat(platform.get("/api/t/" + id + "/plugins/" + plugin).json().getBoolean("enabled"))
          .as(plugin)
          .isTrue();
    }
    // Another territory onboarded without them has neither.
    String other = platform.onboardNewTenant("03");
    assertThat(
            platform.get("/api/t/" + other + "/plugins/it-lombardy").json().getBoolean("enabled"))
        .isFalse();
  }

  @Test
  void anExistingIdIsAConflictAndChangesNothing(Platform platform) {
    String id = platform.onboardNewTenant("03");
    String before = platform.get("/api/platform/tenants/" + id).body();

    Answer again = platform.post("/api/platform/tenants", Descriptors.valid(id, "08"));

    assertThat(again.status()).isEqualTo(409);
    assertThat(again.contentType()).startsWith("application/problem+json");
    assertThat(again.json().getString("type")).isEqualTo("urn:ponte:problem:tenant-exists");
    assertThat(platform.get("/api/platform/tenants/" + id).body()).isEqualTo(before);
  }

  @Test
  void anInvalidDescriptorIsRefusedFieldByFieldAndCreatesNothing(Platform platform)
      throws Exception {
    String id = Platform.newTenantId();
    String body =
        """
        {"id": "%s", "name": " ", "region": "99", "locale": "not a locale", "timeZone": "Mars/Olympus",
         "zones": ["Centro", "Centro"], "firstInterviewSlaDays": 0, "colour": "blue"}
        """
            .formatted(id);

    Answer refused = platform.post("/api/platform/tenants", body);

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    JsonArray errors = refused.json().getJsonArray("errors");
    List<String> pointers =
        errors.stream().map(JsonValue::asJsonObject).map(e -> e.getString("pointer")).toList();
    assertThat(pointers)
        .containsExactlyInAnyOrder(
            "/name",
            "/region",
            "/locale",
            "/timeZone",
            "/zones/1",
            "/firstInterviewSlaDays",
            "/colour");
    assertThat(platform.get("/api/platform/tenants/" + id).status()).isEqualTo(404);
    try (Connection c = platform.jdbc();
        PreparedStatement q =
            c.prepareStatement("SELECT count(*) FROM pg_namespace WHERE nspname = ?")) {
      q.setString(1, "t_" + id.replace('-', '_'));
      try (ResultSet rs = q.executeQuery()) {
        rs.next();
        assertThat(rs.getInt(1)).isZero();
      }
    }
  }

  @Test
  void aMalformedIdIsRefusedWithoutTouchingTheDatabase(Platform platform) {
    String injection = "x\\\"; DROP SCHEMA platform CASCADE; --";
    Answer refused = platform.post("/api/platform/tenants", Descriptors.valid(injection, "03"));

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("pointer"))
        .isEqualTo("/id");
    assertThat(platform.get("/api/platform/tenants/bergamo").json().getString("status"))
        .isEqualTo("ACTIVE");
  }

  @Test
  void aFailureMidwayLeavesAVisibleFailedTenantThatARetryCompletes(Platform platform)
      throws Exception {
    String id = Platform.newTenantId();
    String schema = "t_" + id.replace('-', '_');
    String role = "ponte_t_" + id.replace('-', '_');
    // A schema that exists but does not belong to the tenant's role: its migrations must fail.
    try (Connection c = platform.jdbc();
        java.sql.Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    }

    Answer failed = platform.post("/api/platform/tenants", Descriptors.valid(id, "03"));

    assertThat(failed.status()).isEqualTo(503);
    assertThat(failed.json().getString("type")).isEqualTo("urn:ponte:problem:onboarding-failed");
    JsonObject shown = platform.get("/api/platform/tenants/" + id).json();
    assertThat(shown.getString("status")).isEqualTo("FAILED");
    assertThat(shown.getString("lastError")).contains(schema);
    // Not served: it has no organization yet, so nobody can be a member of it.
    assertThat(platform.as("bergamo.operator").get("/api/t/" + id + "/companies").status())
        .isEqualTo(403);

    try (Connection c = platform.jdbc();
        java.sql.Statement s = c.createStatement()) {
      s.execute("ALTER SCHEMA " + schema + " OWNER TO " + role);
    }
    Answer resumed = platform.post("/api/platform/tenants", Descriptors.valid(id, "03"));

    assertThat(resumed.status()).isEqualTo(200);
    assertThat(resumed.json().getString("status")).isEqualTo("ACTIVE");
    assertThat(resumed.json().containsKey("lastError")).isFalse();
    assertThat(platform.get("/api/t/" + id + "/companies").status()).isEqualTo(200);
  }

  @Test
  void theDeclaredTerritoriesAreReconciledAtStartup(Platform platform) {
    JsonObject bergamo = platform.get("/api/platform/tenants/bergamo").json();
    JsonObject bologna = platform.get("/api/platform/tenants/bologna").json();

    assertThat(bergamo.getString("status")).isEqualTo("ACTIVE");
    assertThat(bergamo.getString("region")).isEqualTo("03");
    assertThat(bergamo.getJsonArray("zones").getString(1)).isEqualTo("Valle Seriana");
    assertThat(bologna.getString("status")).isEqualTo("ACTIVE");
    assertThat(bologna.getString("region")).isEqualTo("08");

    List<String> ids =
        platform.get("/api/platform/tenants").jsonStructure().asJsonArray().stream()
            .map(v -> v.asJsonObject().getString("id"))
            .toList();
    assertThat(ids).contains("bergamo", "bologna");
  }

  /** The id of the last changeset of the tenant-core changelog in the source tree. */
  static String latestCoreChangeSet() {
    try {
      java.nio.file.Path changelog =
          java.nio.file.Path.of(
              "../platform-server/src/main/resources/db/tenant-core/changelog.yaml");
      return java.nio.file.Files.readAllLines(changelog).stream()
          .map(String::strip)
          .filter(line -> line.startsWith("id: "))
          .reduce((first, second) -> second)
          .orElseThrow()
          .substring("id: ".length());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
