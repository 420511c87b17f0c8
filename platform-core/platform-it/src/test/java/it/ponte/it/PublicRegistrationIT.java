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

    JsonObject notice = anonymous.get("/api/t/" + a + "/public/privacy-notice").json();
    assertThat(notice.getString("version")).isEqualTo("1");
    assertThat(notice.getString("controller")).isEqualTo("Territorio " + a);
    assertThat(notice.getJsonObject("text").getString("it"))
        .contains("Informativa")
        .contains("Territorio " + a)
        .contains("HEALTH_DATA");
    assertThat(notice.getJsonObject("text").getString("en")).contains("Privacy notice");
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
    assertThat(platform.get("/api/t/" + a + "/candidates/" + id).json().getString("referral"))
        .as("the public form records the person as self-registered")
        .isEqualTo("SELF_REGISTRATION");
    assertThat(
            platform
                .get("/api/t/" + a + "/candidates/" + id + "/consents")
                .jsonStructure()
                .asJsonArray())
        .as("the anonymous second submission changed nothing of the record")
        .hasSize(1);
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

  /**
   * Issue #16, item 4: posting the public form with someone's name and birth date used to add
   * HEALTH_DATA and SHARING_WITH_COMPANIES consents to that person's record, with no token. Now it
   * waits in a queue an operator reconciles, and the record is untouched.
   */
  @Test
  void anAnonymousSubmissionNeverChangesAnExistingRecord(Platform platform) {
    String a = platform.onboardNewTenant("03");
    String b = platform.onboardNewTenant("03");
    Fixtures fa = new Fixtures(platform, a);
    long victim =
        fa.register(
            Fixtures.person(
                "Marta",
                "Verdi",
                "\"consent\": {\"noticeVersion\": \"1\", \"purposes\": [\"PROGRAMME\"]}"));
    String before = platform.get(fa.base() + "/candidates/" + victim).body();
    String attack =
        Fixtures.person(
            "Marta",
            "Verdi",
            "\"phone\": \"+39 333 0000000\", \"consent\": {\"noticeVersion\": \"1\","
                + " \"purposes\": [\"PROGRAMME\", \"HEALTH_DATA\", \"SHARING_WITH_COMPANIES\"]}");
    Answer answer = platform.anonymous().post("/api/t/" + a + "/public/registrations", attack);
    assertThat(answer.status()).as(answer.body()).isEqualTo(202);

    var consents =
        platform
            .get(fa.base() + "/candidates/" + victim + "/consents")
            .jsonStructure()
            .asJsonArray();
    assertThat(consents).hasSize(1);
    assertThat(consents.toString()).doesNotContain("HEALTH_DATA").doesNotContain("SHARING");
    assertThat(platform.get(fa.base() + "/candidates/" + victim).body()).isEqualTo(before);

    // The operator sees it in the queue, matched to the person it looked like.
    JsonObject queue = platform.get(fa.base() + "/registrations/pending").json();
    assertThat(queue.getInt("total")).isEqualTo(1);
    JsonObject pending = queue.getJsonArray("items").getJsonObject(0);
    assertThat(pending.getJsonNumber("matchedCandidateId").longValue()).isEqualTo(victim);
    assertThat(pending.getString("receipt")).isEqualTo(answer.json().getString("receipt"));
    assertThat(pending.getJsonObject("submission").getString("phone")).isEqualTo("+39 333 0000000");
    assertThat(platform.get("/api/t/" + b + "/registrations/pending").json().getInt("total"))
        .as("the other territory's queue")
        .isZero();
    assertThat(
            platform
                .as(platform.createUser("viewer-" + a, "viewer", a))
                .send(
                    "POST",
                    fa.base() + "/registrations/pending/" + pending.getJsonNumber("id") + "/merge",
                    "{}",
                    "application/json")
                .status())
        .isEqualTo(403);

    // Someone else after all: kept apart, a new record with the submitted consent.
    long id = pending.getJsonNumber("id").longValue();
    JsonObject apart =
        platform.post(fa.base() + "/registrations/pending/" + id + "/keep-apart", "{}").json();
    assertThat(apart.getString("status")).isEqualTo("KEPT_APART");
    long other = apart.getJsonNumber("candidateId").longValue();
    assertThat(other).isNotEqualTo(victim);
    assertThat(platform.get(fa.base() + "/candidates/" + other).json().getString("referral"))
        .isEqualTo("SELF_REGISTRATION");
    assertThat(platform.get(fa.base() + "/candidates/" + other + "/consents").body())
        .contains("HEALTH_DATA");
    assertProblem(
        platform.post(fa.base() + "/registrations/pending/" + id + "/merge", "{}"),
        409,
        "already-reconciled");

    // The same person: merged, the consent lands on the existing record and nothing else changes.
    platform
        .anonymous()
        .post(
            "/api/t/" + a + "/public/registrations",
            form("Marta", CONSENT).replace("Bianchi", "Verdi"));
    long second =
        platform
            .get(fa.base() + "/registrations/pending")
            .json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    JsonObject merged =
        platform.post(fa.base() + "/registrations/pending/" + second + "/merge", "{}").json();
    assertThat(merged.getString("status")).isEqualTo("MERGED");
    assertThat(merged.getJsonNumber("candidateId").longValue()).isIn(victim, other);
    assertThat(
            platform
                .get(
                    fa.base()
                        + "/candidates/"
                        + merged.getJsonNumber("candidateId").longValue()
                        + "/consents")
                .jsonStructure()
                .asJsonArray()
                .size())
        .isGreaterThanOrEqualTo(2);
  }
}
