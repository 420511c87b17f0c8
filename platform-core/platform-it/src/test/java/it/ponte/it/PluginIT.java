package it.ponte.it;

import static it.ponte.it.ProblemResponsesIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import it.ponte.it.Platform.Answer;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The plugin platform with the test-fixture plugins ({@code it.ponte.itplugins}): per-tenant
 * enablement without restart, configuration checked against the schema, region and dependency
 * rules, migrations on enable, and durable event delivery.
 */
@ExtendWith(PlatformExtension.class)
class PluginIT {

  private static final String ECHO = "it-echo";

  private static String admin(Platform platform, String tenant) {
    return platform.adminOf(tenant);
  }

  private static boolean tableExists(Platform platform, String tenant, String table)
      throws Exception {
    try (var c = platform.jdbc();
        var s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT to_regclass('t_"
                    + tenant.replace('-', '_')
                    + "."
                    + table
                    + "') IS NOT NULL")) {
      rs.next();
      return rs.getBoolean(1);
    }
  }

  private static JsonArray seen(Platform platform, String tenant) {
    Answer a = platform.get("/api/t/" + tenant + "/plugins/" + ECHO + "/seen");
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    return a.json().getJsonArray("events");
  }

  @Test
  void aPluginEnabledInOneTerritoryIsInvisibleInTheOther(Platform platform) throws Exception {
    String a = platform.onboardNewTenant("03");
    String b = platform.onboardNewTenant("03");
    String adminA = admin(platform, a);

    JsonObject listed =
        platform.get("/api/t/" + a + "/plugins").jsonStructure().asJsonArray().stream()
            .map(JsonValue::asJsonObject)
            .filter(p -> p.getString("id").equals(ECHO))
            .findFirst()
            .orElseThrow();
    assertThat(listed.getBoolean("enabled")).isFalse();
    assertThat(platform.get("/api/t/" + a + "/plugins/" + ECHO + "/seen").status()).isEqualTo(404);
    assertThat(tableExists(platform, a, "echo_seen")).as("no migration before enabling").isFalse();

    String url = "/api/t/" + a + "/plugins/" + ECHO;
    assertThat(platform.send("PUT", url, "{}", "application/json").status())
        .as("operators do not enable plugins")
        .isEqualTo(403);
    Answer enabled =
        platform.as(adminA).send("PUT", url, "{\"greeting\": \"salve\"}", "application/json");
    assertThat(enabled.status()).as(enabled.body()).isEqualTo(200);
    assertThat(enabled.json().getBoolean("enabled")).isTrue();
    JsonObject config = enabled.json().getJsonObject("config");
    assertThat(config.getString("greeting")).isEqualTo("salve");
    assertThat(config.getInt("limit")).as("defaults filled in").isEqualTo(3);
    assertThat(tableExists(platform, a, "echo_seen")).isTrue();
    assertThat(tableExists(platform, b, "echo_seen")).isFalse();

    long inA = new Fixtures(platform, a).register(Fixtures.person("Anna", "Rota", ""));
    new Fixtures(platform, b).register(Fixtures.person("Bruno", "Conti", ""));
    JsonArray events = Fixtures.eventually(() -> seen(platform, a), e -> !e.isEmpty());
    assertThat(events).hasSize(1);
    assertThat(events.getJsonObject(0).getString("type")).isEqualTo("candidate.registered");
    assertThat(events.getJsonObject(0).getJsonNumber("aggregateId").longValue()).isEqualTo(inA);
    assertThat(seen(platform, a).size()).isEqualTo(1);
    assertThat(platform.get(url + "/seen").json().getString("greeting")).isEqualTo("salve");

    assertThat(platform.get("/api/t/" + b + "/plugins/" + ECHO + "/seen").status()).isEqualTo(404);
    assertThat(
            platform.get("/api/t/" + a + "/reports/plugin-sections").jsonStructure().asJsonArray())
        .hasSize(1);
    assertThat(
            platform.get("/api/t/" + b + "/reports/plugin-sections").jsonStructure().asJsonArray())
        .isEmpty();
    JsonObject export =
        platform.get("/api/t/" + a + "/candidates/" + inA + "/privacy/export").json();
    assertThat(export.getJsonObject("plugins").getJsonObject(ECHO).getInt("eventsAboutThePerson"))
        .isEqualTo(1);
  }

  @Test
  void anAdminReadsAPluginsSchemaAndWhoChangedItWhen(Platform platform) {
    String a = platform.onboardNewTenant("03");
    String b = platform.onboardNewTenant("03");
    String adminA = admin(platform, a);
    String url = "/api/t/" + a + "/plugins/" + ECHO;

    JsonObject schema = platform.as(adminA).get(url + "/schema").json();
    JsonObject greeting = schema.getJsonObject("properties").getJsonObject("greeting");
    assertThat(greeting.getString("default")).isEqualTo("ciao");
    assertThat(greeting.getInt("maxLength")).isEqualTo(20);
    assertThat(platform.as(adminA).get(url + "/history").jsonStructure().asJsonArray()).isEmpty();

    platform.as(adminA).send("PUT", url, "{}", "application/json");
    platform.as(adminA).send("PUT", url, "{\"greeting\": \"salve\"}", "application/json");
    platform.as(adminA).send("DELETE", url, null, null);
    JsonArray history = platform.as(adminA).get(url + "/history").jsonStructure().asJsonArray();
    assertThat(history.getValuesAs(JsonObject.class))
        .extracting(c -> c.getString("action"))
        .containsExactly("DISABLE", "CONFIGURE", "ENABLE");
    JsonObject configured = history.getJsonObject(1);
    assertThat(configured.getJsonObject("config").getString("greeting")).isEqualTo("salve");
    assertThat(configured.getString("actor")).contains(adminA);
    assertThat(configured.getString("at")).isNotBlank();

    // Operators configure nothing and read neither; the other territory has its own history.
    assertThat(platform.get(url + "/history").status()).isEqualTo(403);
    assertThat(platform.get(url + "/schema").status()).isEqualTo(403);
    String otherUrl = "/api/t/" + b + "/plugins/" + ECHO;
    assertThat(
            platform
                .as(admin(platform, b))
                .get(otherUrl + "/history")
                .jsonStructure()
                .asJsonArray())
        .isEmpty();
    assertThat(platform.as(adminA).get(otherUrl + "/history").status()).isEqualTo(403);
    assertThat(platform.as(adminA).get("/api/t/" + a + "/plugins/no-such/history").status())
        .isEqualTo(404);
  }

  @Test
  void badConfigurationsRegionsAndDependenciesAreRefused(Platform platform) throws Exception {
    String lombardy = platform.onboardNewTenant("03");
    String emilia = platform.onboardNewTenant("08");
    String admin = admin(platform, lombardy);
    String echo = "/api/t/" + lombardy + "/plugins/" + ECHO;
    String only = "/api/t/" + lombardy + "/plugins/it-lombardy";

    JsonObject problem =
        assertProblem(
            platform
                .as(admin)
                .send("PUT", echo, "{\"limit\": 11, \"colour\": \"red\"}", "application/json"),
            422,
            "validation-failed");
    assertThat(
            problem.getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("pointer")))
        .containsExactlyInAnyOrder("/limit", "/colour");
    assertThat(platform.get(echo).json().getBoolean("enabled")).isFalse();
    assertThat(tableExists(platform, lombardy, "echo_seen")).isFalse();

    assertThat(
            assertProblem(
                    platform.as(admin).send("PUT", only, "{}", "application/json"),
                    422,
                    "plugin-refused")
                .getString("detail"))
        .contains("requires plugin 'it-echo'");
    assertThat(platform.as(admin).send("PUT", echo, "{}", "application/json").status())
        .isEqualTo(200);
    assertThat(platform.as(admin).send("PUT", only, "{}", "application/json").status())
        .isEqualTo(200);
    assertProblem(platform.as(admin).send("DELETE", echo, null, null), 409, "plugin-required");

    String emiliaAdmin = admin(platform, emilia);
    platform
        .as(emiliaAdmin)
        .send("PUT", "/api/t/" + emilia + "/plugins/" + ECHO, "{}", "application/json");
    assertThat(
            assertProblem(
                    platform
                        .as(emiliaAdmin)
                        .send(
                            "PUT",
                            "/api/t/" + emilia + "/plugins/it-lombardy",
                            "{}",
                            "application/json"),
                    422,
                    "plugin-refused")
                .getString("detail"))
        .contains("regions [03]");
    assertThat(
            platform
                .as(admin)
                .send("PUT", "/api/t/" + lombardy + "/plugins/nope", "{}", "application/json")
                .status())
        .isEqualTo(404);
  }

  @Test
  void disablingKeepsTheDataAndStopsTheEvents(Platform platform) {
    String a = platform.onboardNewTenant("08");
    String admin = admin(platform, a);
    String url = "/api/t/" + a + "/plugins/" + ECHO;
    Fixtures fa = new Fixtures(platform, a);
    platform.as(admin).send("PUT", url, "{}", "application/json");
    fa.register(Fixtures.person("Uno", "Primo", ""));
    Fixtures.eventually(() -> seen(platform, a), e -> e.size() == 1);

    Answer disabled = platform.as(admin).send("DELETE", url, null, null);
    assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);
    assertThat(disabled.json().getBoolean("enabled")).isFalse();
    assertThat(platform.get(url + "/seen").status()).isEqualTo(404);
    fa.register(Fixtures.person("Due", "Secondo", ""));

    assertThat(platform.as(admin).send("PUT", url, "{}", "application/json").status())
        .isEqualTo(200);
    assertThat(seen(platform, a))
        .as("the data stayed; nothing was delivered while disabled")
        .hasSize(1);
    long third = fa.register(Fixtures.person("Tre", "Terzo", ""));
    JsonArray events = Fixtures.eventually(() -> seen(platform, a), e -> e.size() == 2);
    assertThat(events).hasSize(2);
    assertThat(events.getJsonObject(1).getJsonNumber("aggregateId").longValue()).isEqualTo(third);
  }

  @Test
  void anEventSurvivesAFailingListenerAndARestartAndIsDeliveredOnce(Platform platform)
      throws IOException {
    String a = platform.onboardNewTenant("03");
    String admin = admin(platform, a);
    String url = "/api/t/" + a + "/plugins/" + ECHO;
    platform.as(admin).send("PUT", url, "{\"failEvents\": true}", "application/json");
    long id = new Fixtures(platform, a).register(Fixtures.person("Anna", "Ferri", ""));
    assertThat(platform.get("/api/t/" + a + "/candidates/" + id).status())
        .as("the core write stands although the listener fails")
        .isEqualTo(200);

    JsonObject stuck =
        Fixtures.eventually(
            () -> platform.as(admin).get(url + "/deliveries").json(),
            d -> d.getInt("attempts") >= 1);
    assertThat(stuck.getInt("attempts")).isGreaterThanOrEqualTo(1);
    assertThat(stuck.getString("lastError")).contains("told to fail");
    assertThat(stuck.getString("failingType")).isEqualTo("candidate.registered");
    assertThat(stuck.getInt("pending")).isEqualTo(1);

    // The event waits in the tenant's outbox table, not in memory: a server restart keeps it.
    platform.instance().restartServer();
    JsonObject afterRestart = platform.as(admin).get(url + "/deliveries").json();
    assertThat(afterRestart.getInt("pending")).isEqualTo(1);
    assertThat(seen(platform, a)).isEmpty();

    platform.as(admin).send("PUT", url, "{\"failEvents\": false}", "application/json");
    Answer retried = platform.as(admin).post(url + "/deliveries/retry", "{}");
    assertThat(retried.status()).as(retried.body()).isEqualTo(200);
    JsonArray events = Fixtures.eventually(() -> seen(platform, a), e -> !e.isEmpty());
    assertThat(events).hasSize(1);
    JsonObject done =
        Fixtures.eventually(
            () -> platform.as(admin).get(url + "/deliveries").json(),
            d -> d.getInt("pending") == 0);
    assertThat(done.getInt("pending")).isZero();
    assertThat(done.getInt("attempts")).isZero();
    assertThat(seen(platform, a)).as("delivered once, not once per attempt").hasSize(1);
  }

  @Test
  void onboardingChecksThePluginsOfTheDescriptor(Platform platform) {
    String id = Platform.newTenantId();
    String descriptor =
        Descriptors.valid(id, "03")
            .replace(
                "\"plugins\": {}", "\"plugins\": {\"nope\": {}, \"" + ECHO + "\": {\"limit\": 0}}");
    JsonObject problem =
        assertProblem(platform.post("/api/platform/tenants", descriptor), 422, "validation-failed");
    assertThat(
            problem.getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("pointer")))
        .containsExactlyInAnyOrder("/plugins/nope", "/plugins/" + ECHO + "/limit");
    assertThat(platform.get("/api/platform/tenants/" + id).status()).isEqualTo(404);

    String good =
        Descriptors.valid(id, "03")
            .replace("\"plugins\": {}", "\"plugins\": {\"" + ECHO + "\": {\"limit\": 5}}");
    Answer onboarded = platform.post("/api/platform/tenants", good);
    assertThat(onboarded.status()).as(onboarded.body()).isEqualTo(201);
    JsonObject echo = platform.get("/api/t/" + id + "/plugins/" + ECHO).json();
    assertThat(echo.getBoolean("enabled")).isTrue();
    assertThat(echo.getJsonObject("config").getInt("limit")).isEqualTo(5);
  }
}
