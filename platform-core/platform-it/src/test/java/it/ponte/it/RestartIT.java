package it.ponte.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A restart applies no migration twice and keeps every tenant's data and state. */
@ExtendWith(PlatformExtension.class)
class RestartIT {

  @Test
  void restartingAppliesNothingTwice(Platform platform) throws Exception {
    String onboarded = platform.onboardNewTenant("08");
    String vat = TestData.vatNumber(3_000_000);
    assertThat(
            platform
                .post(
                    "/api/t/" + onboarded + "/companies",
                    "{\"name\": \"Cooperativa Reno\", \"vatNumber\": \"" + vat + "\"}")
                .status())
        .isEqualTo(201);
    // A second tenant that lost its last changeset (as if it had been added by a new release).
    String behind = platform.onboardNewTenant("08");
    String behindSchema = "t_" + behind.replace('-', '_');
    try (Connection c = platform.jdbc();
        Statement s = c.createStatement()) {
      s.execute("ALTER TABLE " + behindSchema + ".company DROP COLUMN created_by");
      s.execute("ALTER TABLE " + behindSchema + ".vacancy DROP COLUMN created_by");
      s.execute("DELETE FROM " + behindSchema + ".databasechangelog WHERE id = 'core-0003-audit'");
    }
    Map<String, Integer> before = migrationState(platform, onboarded);
    String tenantBefore =
        platform.get("/api/platform/tenants/" + onboarded).json().getString("schemaVersion");

    long deploymentsBefore = deployments(platform);
    platform.instance().restartServer();
    assertThat(deployments(platform) - deploymentsBefore)
        .as("a restart deploys the application once, not a kept copy and then the WAR")
        .isEqualTo(1);

    Map<String, Integer> expected = new LinkedHashMap<>(before);
    expected.merge("log migrated", 1, Integer::sum);
    assertThat(migrationState(platform, onboarded)).isEqualTo(expected);
    String behindCompany =
        platform
            .post(
                "/api/t/" + behind + "/companies",
                "{\"name\": \"Officina Savena\", \"vatNumber\": \""
                    + TestData.vatNumber(3_000_100)
                    + "\"}")
            .header("Location");
    assertThat(
            platform
                .post(
                    behindCompany.replaceAll(".*/api/", "/api/") + "/vacancies",
                    "{\"profession\": \"8.1.4.3.0\", \"positions\": 1}")
                .status())
        .isEqualTo(201);
    assertThat(platform.get("/api/platform/tenants/" + onboarded).json().getString("schemaVersion"))
        .isEqualTo(tenantBefore);
    assertThat(platform.get("/api/platform/tenants/" + onboarded).json().getString("status"))
        .isEqualTo("ACTIVE");
    assertThat(
            platform
                .get("/api/t/" + onboarded + "/companies")
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getString("vatNumber"))
        .isEqualTo(vat);
    assertThat(platform.get("/api/t/bergamo/companies").status()).isEqualTo(200);
  }

  /** How many times the server log says the application was deployed at the root context. */
  private static long deployments(Platform platform) throws IOException {
    try (var lines = Files.lines(platform.instance().serverLog(), StandardCharsets.ISO_8859_1)) {
      return lines.filter(l -> l.contains("Loading application [") && l.contains("at [/]")).count();
    }
  }

  /**
   * Changesets recorded per schema, and the onboarding log's entries that mean "something was
   * applied".
   */
  private static Map<String, Integer> migrationState(Platform platform, String tenant)
      throws Exception {
    Map<String, Integer> state = new LinkedHashMap<>();
    try (Connection c = platform.jdbc();
        Statement s = c.createStatement()) {
      for (String schema :
          new String[] {"platform", "t_bergamo", "t_bologna", "t_" + tenant.replace('-', '_')}) {
        state.put(
            schema + " changesets",
            count(s, "SELECT count(*) FROM " + schema + ".databasechangelog"));
        state.put(
            schema + " duplicate changesets",
            count(s, "SELECT count(*) - count(DISTINCT id) FROM " + schema + ".databasechangelog"));
      }
      state.put(
          "log migrated",
          count(s, "SELECT count(*) FROM platform.onboarding_log WHERE event = 'migrated'"));
      state.put(
          "log registered",
          count(s, "SELECT count(*) FROM platform.onboarding_log WHERE event = 'registered'"));
      state.put(
          "log updated",
          count(
              s,
              "SELECT count(*) FROM platform.onboarding_log WHERE event = 'descriptor-updated'"));
      state.put("tenants", count(s, "SELECT count(*) FROM platform.tenant"));
    }
    return state;
  }

  private static int count(Statement s, String sql) throws Exception {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
