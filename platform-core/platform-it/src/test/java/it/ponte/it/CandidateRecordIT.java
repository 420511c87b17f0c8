package it.ponte.it;

import static it.ponte.it.ProblemResponsesIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import it.ponte.it.Platform.Answer;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The whole candidate record: fields, corrections, list filters, consents and the audit trail. */
@ExtendWith(PlatformExtension.class)
class CandidateRecordIT {

  private static final String FULL =
      Fixtures.person(
          "Amina",
          "Diallo",
          """
          "municipality": "Alzano Lombardo", "zone": "Valle", "email": "amina@example.org",
          "phone": "+39 035 000000", "education": "LOWER_SECONDARY", "italianLevel": "B1",
          "languages": ["fr", "wo"], "licences": ["DRIVING_B", "FORKLIFT"],
          "professions": ["8.1.4.3.0"], "difficulties": ["SCHEDULES"], "hasCar": false,
          "availability": ["MORNING", "AFTERNOON"], "notes": "Prefers part-time",
          "consent": {"noticeVersion": "1", "purposes": ["PROGRAMME", "SHARING_WITH_COMPANIES"]}
          """);

  @Test
  void keepsEveryFieldAndCorrectsThemWithAVersion(Platform platform) {
    String a = platform.onboardNewTenant("03");
    String b = platform.onboardNewTenant("03");
    Fixtures fa = new Fixtures(platform, a);
    long id = fa.register(FULL);
    String url = fa.base() + "/candidates/" + id;

    JsonObject c = platform.get(url).json();
    assertThat(c.getString("italianLevel")).isEqualTo("B1");
    assertThat(strings(c, "languages")).containsExactly("fr", "wo");
    assertThat(strings(c, "licences")).containsExactly("DRIVING_B", "FORKLIFT");
    assertThat(strings(c, "professions")).containsExactly("8.1.4.3.0");
    assertThat(strings(c, "availability")).containsExactly("MORNING", "AFTERNOON");
    assertThat(c.getBoolean("hasCar")).isFalse();
    assertThat(c.getString("notes")).isEqualTo("Prefers part-time");

    JsonObject consents =
        platform.get(url + "/consents").jsonStructure().asJsonArray().getJsonObject(0);
    assertThat(consents.getString("noticeVersion")).isEqualTo("1");
    assertThat(consents.getString("source")).isEqualTo("OPERATOR");

    long version = c.getJsonNumber("version").longValue();
    String corrected =
        FULL.replace("\"Alzano Lombardo\"", "\"Nembro\"")
            .replace("\"hasCar\": false", "\"hasCar\": true")
            .replaceFirst("\\{", "{\"version\": " + version + ", ");
    Answer updated = platform.put(url, corrected);
    assertThat(updated.status()).as(updated.body()).isEqualTo(200);
    assertThat(updated.json().getString("municipality")).isEqualTo("Nembro");

    Answer stale = platform.put(url, corrected.replace("Nembro", "Albino"));
    assertProblem(stale, 409, "stale-version");
    assertThat(platform.get(url).json().getString("municipality")).isEqualTo("Nembro");

    assertProblem(
        platform.put(
            url,
            corrected
                .replace("\"fr\"", "\"french\"")
                .replace("\"version\": " + version + ", ", "")),
        422,
        "validation-failed");
    assertThat(platform.get("/api/t/" + b + "/candidates/" + id).status()).isEqualTo(404);
    assertThat(platform.put("/api/t/" + b + "/candidates/" + id, corrected).status())
        .isEqualTo(404);
  }

  @Test
  void listsFilterByStatusZoneSectorAndName(Platform platform) {
    String a = platform.onboardNewTenant("03");
    String b = platform.onboardNewTenant("03");
    Fixtures fa = new Fixtures(platform, a);
    String logistics =
        "{\"profileType\": \"IN_TARGET\", \"readiness\": \"READY\", \"sectors\": [\"LOGISTICS\"]}";
    long amina =
        fa.inProtocol(Fixtures.person("Amina", "Diallo", "\"zone\": \"Valle\""), logistics);
    long marco = fa.register(Fixtures.person("Marco", "Rossi", "\"zone\": \"Centro\""));
    long giulia = fa.register(Fixtures.person("Giulia", "Dialli", "\"zone\": \"Valle\""));
    new Fixtures(platform, b).register(Fixtures.person("Amina", "Diallo", "\"zone\": \"Valle\""));

    assertThat(ids(platform, fa.base() + "/candidates?zone=Valle")).containsExactly(amina, giulia);
    assertThat(ids(platform, fa.base() + "/candidates?status=IN_PROTOCOL")).containsExactly(amina);
    assertThat(ids(platform, fa.base() + "/candidates?sector=LOGISTICS")).containsExactly(amina);
    assertThat(ids(platform, fa.base() + "/candidates?q=dial")).containsExactly(amina, giulia);
    assertThat(ids(platform, fa.base() + "/candidates?q=AMINA%20diallo")).containsExactly(amina);
    assertThat(ids(platform, fa.base() + "/candidates?q=100%25")).isEmpty();
    assertThat(ids(platform, fa.base() + "/candidates?zone=Centro&q=rossi")).containsExactly(marco);
    assertThat(ids(platform, fa.base() + "/candidates?limit=2")).containsExactly(amina, marco);
    assertThat(ids(platform, fa.base() + "/candidates?offset=2&limit=2")).containsExactly(giulia);
    assertThat(platform.get(fa.base() + "/candidates?sector=BAKERY").status()).isEqualTo(400);
  }

  @Test
  void readsAndWritesOfPersonalDataAreAuditedForAdminsOnly(Platform platform) {
    String a = platform.onboardNewTenant("03");
    String b = platform.onboardNewTenant("03");
    Fixtures fa = new Fixtures(platform, a);
    long id = fa.register(FULL);
    String url = fa.base() + "/candidates/" + id;
    JsonObject c = platform.get(url).json();
    platform.put(
        url,
        FULL.replace("\"Prefers part-time\"", "\"Full time now\"")
            .replaceFirst("\\{", "{\"version\": " + c.getJsonNumber("version") + ", "));
    platform.get(fa.base() + "/candidates");

    String admin = platform.createUser("admin-" + a, "tenant-admin", a);
    Answer trail = platform.as(admin).get(url + "/privacy/audit");
    assertThat(trail.status()).as(trail.body()).isEqualTo(200);
    List<JsonObject> entries =
        trail.json().getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
    assertThat(entries.stream().map(e -> e.getString("action")))
        .containsExactly("CREATE", "CONSENT", "READ", "UPDATE");
    assertThat(entries.get(3).getJsonArray("fields").getValuesAs(JsonString::getString))
        .containsExactly("notes");
    assertThat(entries.get(2).getString("actor")).startsWith("op-" + a);

    assertThat(platform.get(url + "/privacy/audit").status())
        .as("an operator does not read the trail")
        .isEqualTo(403);
    assertThat(platform.as(admin).send("DELETE", url + "/privacy/audit", null, null).status())
        .isIn(403, 404, 405);
    String otherAdmin = platform.createUser("admin-" + b, "tenant-admin", b);
    assertThat(
            platform
                .as(otherAdmin)
                .get("/api/t/" + b + "/candidates/" + id + "/privacy/audit")
                .status())
        .isEqualTo(404);
  }

  @Test
  void theAuditTrailCannotBeChangedEvenInTheDatabase(Platform platform) throws Exception {
    String a = platform.onboardNewTenant("03");
    new Fixtures(platform, a).register(FULL);
    String schema = "t_" + a.replace('-', '_');
    try (var connection = platform.jdbc();
        var statement = connection.createStatement()) {
      statement.execute("SET ROLE \"ponte_" + schema + "\"");
      for (String sql :
          List.of(
              "UPDATE " + schema + ".audit_entry SET actor = 'nobody'",
              "DELETE FROM " + schema + ".audit_entry")) {
        try {
          statement.execute(sql);
          throw new AssertionError(sql + " succeeded");
        } catch (java.sql.SQLException e) {
          assertThat(e.getMessage()).contains("append-only");
        }
      }
    }
  }

  private static List<String> strings(JsonObject o, String field) {
    return o.getJsonArray(field).getValuesAs(JsonString::getString);
  }

  private static List<Long> ids(Platform platform, String url) {
    Answer answer = platform.get(url);
    assertThat(answer.status()).as(url + ": " + answer.body()).isEqualTo(200);
    return answer.json().getJsonArray("items").stream()
        .map(v -> v.asJsonObject().getJsonNumber("id").longValue())
        .toList();
  }
}
