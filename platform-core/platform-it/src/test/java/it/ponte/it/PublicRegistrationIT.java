package it.ponte.it;

import static it.ponte.it.ProblemResponsesIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import it.ponte.it.Platform.Answer;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The public self-registration form of a territory. */
@ExtendWith(PlatformExtension.class)
class PublicRegistrationIT {

  private static String form(String first, String consent) {
    return Fixtures.person(
        first,
        "Bianchi",
        "\"email\": \""
            + first.toLowerCase()
            + "@example.org\""
            + (consent == null ? "" : ", \"consent\": " + consent));
  }

  private static final String CONSENT = "{\"noticeVersion\": \"1\", \"purposes\": [\"PROGRAMME\"]}";

  @Test
  void registersWithConsentAndNeverRevealsWhoIsAlreadyRegistered(Platform platform) {
    String a = platform.onboardNewTenant("03");
    String b = platform.onboardNewTenant("03");
    String url = "/api/t/" + a + "/public/registrations";
    var anonymous = platform.anonymous();

    assertThat(anonymous.get("/api/t/" + a + "/public/privacy-notice").json().getString("version"))
        .isEqualTo("1");
    assertProblem(anonymous.post(url, form("Lucia", null)), 422, "validation-failed");
    assertProblem(
        anonymous.post(url, form("Lucia", CONSENT.replace("\"1\"", "\"0\""))),
        422,
        "validation-failed");
    assertProblem(
        anonymous.post(url, form("Lucia", CONSENT.replace("PROGRAMME", "HEALTH_DATA"))),
        422,
        "validation-failed");
    assertThat(platform.get("/api/t/" + a + "/candidates").json().getInt("total")).isZero();

    Answer first = anonymous.post(url, form("Lucia", CONSENT));
    assertThat(first.status()).as(first.body()).isEqualTo(202);
    Answer again = anonymous.post(url, form("Lucia", CONSENT));
    assertThat(again.status()).isEqualTo(202);
    JsonObject r1 = first.json();
    JsonObject r2 = again.json();
    assertThat(r1.keySet()).isEqualTo(r2.keySet());
    assertThat(r1.getString("message")).isEqualTo(r2.getString("message"));
    assertThat(r1.getString("receipt"))
        .matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}")
        .isNotEqualTo(r2.getString("receipt"));

    JsonObject list = platform.get("/api/t/" + a + "/candidates").json();
    assertThat(list.getInt("total")).as("the second submission created nobody").isEqualTo(1);
    long id = list.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    assertThat(
            platform
                .get("/api/t/" + a + "/candidates/" + id + "/consents")
                .jsonStructure()
                .asJsonArray())
        .hasSize(2);
    assertThat(platform.get("/api/t/" + b + "/candidates").json().getInt("total")).isZero();
    assertThat(
            anonymous
                .post("/api/t/no-such-place/public/registrations", form("Lucia", CONSENT))
                .status())
        .isEqualTo(404);
    assertThat(anonymous.get("/api/t/" + a + "/candidates").status())
        .as("only the form is public")
        .isEqualTo(401);
  }

  @Test
  void aClientIsLimitedPerHour(Platform platform) {
    String a = platform.onboardNewTenant("03");
    String b = platform.onboardNewTenant("03");
    var anonymous = platform.anonymous();
    String url = "/api/t/" + a + "/public/registrations";
    for (int i = 0; i < 10; i++) {
      Answer ok = anonymous.post(url, form("Person" + (char) ('a' + i), CONSENT));
      assertThat(ok.status()).as(ok.body()).isEqualTo(202);
    }
    Answer limited = anonymous.post(url, form("Eleventh", CONSENT));
    assertProblem(limited, 429, "rate-limited");
    assertThat(limited.header("Retry-After")).isNotNull();
    assertThat(platform.get("/api/t/" + a + "/candidates").json().getInt("total")).isEqualTo(10);
    assertThat(
            anonymous
                .post("/api/t/" + b + "/public/registrations", form("Other", CONSENT))
                .status())
        .as("each territory's form has its own budget")
        .isEqualTo(202);
  }
}
