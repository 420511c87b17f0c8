package it.ponte.it;

import static org.assertj.core.api.Assertions.assertThat;

import it.ponte.it.Platform.Answer;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Payara killed ({@code kill -9}) while it delivers events and while it reads an import: after the
 * restart every event has been applied exactly once by the listener, and the import is whole or
 * absent (and its run says it was interrupted).
 */
@ExtendWith(PlatformExtension.class)
class ServerCrashIT {

  @Test
  void eventsAreAppliedOnceAndAnImportIsWholeOrAbsentAfterAKill(Platform platform)
      throws Exception {
    String a = platform.onboardNewTenant("08");
    String b = platform.onboardNewTenant("08");
    Answer enabled =
        platform
            .asAdminOf(a)
            .send(
                "PUT",
                "/api/t/" + a + "/plugins/it-echo",
                "{\"greeting\": \"ciao\"}",
                "application/json");
    assertThat(enabled.status()).as(enabled.body()).isEqualTo(200);
    Fixtures fa = new Fixtures(platform, a);
    new Fixtures(platform, b).register(Fixtures.person("Altro", "Territorio", ""));
    for (int i = 0; i < 30; i++) {
      fa.register(Fixtures.person("Evento", "N" + i, ""));
    }
    // A file of 30,000 people: reading it takes seconds, the kill comes in the middle.
    String file =
        IntStream.rangeClosed(1, 30_000)
            .mapToObj(i -> "K-%d,Storico,Cognome%d,1980-01-01,FEMALE,IT,2019-01-01".formatted(i, i))
            .collect(
                Collectors.joining(
                    "\n",
                    "externalId,firstName,lastName,birthDate,gender,citizenship,registeredAt\n",
                    "\n"));
    Answer started =
        platform
            .asAdminOf(a)
            .upload(
                "/api/t/" + a + "/imports?kind=candidates",
                file.getBytes(StandardCharsets.UTF_8),
                ImportIT.CSV);
    assertThat(started.status()).isEqualTo(202);
    String run = started.header("Location").substring(started.header("Location").indexOf("/api/"));
    for (int i = 0; i < 100; i++) {
      if (platform.asAdminOf(a).get(run).json().getString("status").equals("RUNNING")) {
        break;
      }
      Thread.sleep(50);
    }

    platform.instance().killServer();
    platform.instance().startServer();

    // Every event delivered, each once: a second delivery would be a second row.
    String schema = "t_" + a.replace('-', '_');
    String missing =
        "SELECT count(*) FROM "
            + schema
            + ".outbox_event o WHERE o.type = 'candidate.registered' AND NOT EXISTS (SELECT 1 FROM "
            + schema
            + ".echo_seen e WHERE e.event_id = o.id)";
    for (int i = 0; i < 120; i++) {
      try (Connection db = platform.jdbc();
          Statement s = db.createStatement()) {
        if (count(s, missing) == 0) {
          break;
        }
      }
      Thread.sleep(500);
    }
    try (Connection db = platform.jdbc();
        Statement s = db.createStatement()) {
      assertThat(count(s, "SELECT count(*) FROM " + schema + ".echo_seen"))
          .as("deliveries, none twice")
          .isEqualTo(count(s, "SELECT count(DISTINCT event_id) FROM " + schema + ".echo_seen"));
      assertThat(count(s, missing)).as("registrations the listener never saw").isZero();
      assertThat(
              count(
                  s,
                  "SELECT count(*) FROM "
                      + schema
                      + ".echo_seen WHERE type = 'candidate.registered'"))
          .isEqualTo(30);
      long imported =
          count(s, "SELECT count(*) FROM " + schema + ".candidate WHERE first_name = 'Storico'");
      assertThat(imported).as("the import, whole or absent").isIn(0L, 30_000L);
      if (imported == 0) {
        JsonObject after = awaitEnd(platform, a, run);
        assertThat(after.getString("status")).isEqualTo("FAILED");
        assertThat(after.getJsonArray("errors").getJsonObject(0).getString("code"))
            .isEqualTo("interrupted");
      }
    }
    assertThat(platform.get("/api/t/" + b + "/candidates").json().getInt("total")).isEqualTo(1);
  }

  private static JsonObject awaitEnd(Platform platform, String tenant, String run)
      throws InterruptedException {
    JsonObject answer = null;
    for (int i = 0; i < 90; i++) {
      answer = platform.asAdminOf(tenant).get(run).json();
      if (!answer.getString("status").equals("RUNNING")
          && !answer.getString("status").equals("QUEUED")) {
        return answer;
      }
      Thread.sleep(1000);
    }
    return answer;
  }

  private static long count(Statement s, String sql) throws Exception {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
