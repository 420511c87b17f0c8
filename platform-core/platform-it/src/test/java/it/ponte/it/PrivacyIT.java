package it.ponte.it;

import static org.assertj.core.api.Assertions.assertThat;

import it.ponte.it.Platform.Answer;
import jakarta.json.JsonObject;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A candidate's export and erasure on request. */
@ExtendWith(PlatformExtension.class)
class PrivacyIT {

  private static final String READY =
      "{\"profileType\": \"IN_TARGET\", \"readiness\": \"READY\", \"sectors\": [\"LOGISTICS\"]}";

  @Test
  void exportsEverythingHeldAboutAPerson(Platform platform) {
    String a = platform.onboardNewTenant("03");
    String b = platform.onboardNewTenant("03");
    Fixtures fa = new Fixtures(platform, a);
    long id =
        fa.inProtocol(
            Fixtures.person(
                "Amina",
                "Diallo",
                "\"email\": \"amina@example.org\", \"consent\": {\"noticeVersion\": \"1\","
                    + " \"purposes\": [\"PROGRAMME\"]}"),
            READY);
    long company = fa.company("Cura Srl");
    platform.post(
        fa.base() + "/placements",
        "{\"candidateId\": %d, \"companyId\": %d, \"type\": \"HIRING\", \"contract\": \"PERMANENT\", \"startDate\": \"2026-05-01\"}"
            .formatted(id, company));
    platform.upload(
        fa.base() + "/candidates/" + id + "/documents?kind=CV&filename=cv.pdf",
        DocumentIT.PDF,
        "application/pdf");

    Answer export = platform.get(fa.base() + "/candidates/" + id + "/privacy/export");
    assertThat(export.status()).as(export.body()).isEqualTo(200);
    JsonObject data = export.json();
    assertThat(data.getJsonObject("personalData").getString("email"))
        .isEqualTo("amina@example.org");
    assertThat(data.getJsonObject("lifecycle").getString("status")).isEqualTo("PLACED");
    assertThat(data.getJsonArray("consents")).hasSize(1);
    assertThat(data.getJsonArray("interviews")).hasSize(1);
    assertThat(data.getJsonArray("documents")).hasSize(1);
    assertThat(data.getJsonArray("placements")).hasSize(1);
    assertThat(platform.get("/api/t/" + b + "/candidates/" + id + "/privacy/export").status())
        .isEqualTo(404);
  }

  @Test
  void anErasedPersonIsGoneButTheFiguresStay(Platform platform) throws Exception {
    String a = platform.onboardNewTenant("03");
    String b = platform.onboardNewTenant("03");
    Fixtures fa = new Fixtures(platform, a);
    String who =
        Fixtures.person(
            "Amina",
            "Diallo",
            "\"zone\": \"Valle\", \"email\": \"amina@example.org\", \"licences\": [\"FORKLIFT\"]");
    long id = fa.inProtocol(who, READY);
    long company = fa.company("Logistica Srl");
    long vacancy =
        fa.vacancy(
            company, "{\"profession\": \"8.1.4.3.0\", \"positions\": 1, \"zone\": \"Valle\"}");
    platform.upload(
        fa.base() + "/candidates/" + id + "/documents?kind=CV&filename=cv.pdf",
        DocumentIT.PDF,
        "application/pdf");
    String erasure = fa.base() + "/candidates/" + id + "/privacy/erasure";
    assertThat(platform.post(erasure, "{}").status()).as("operators do not erase").isEqualTo(403);
    String bAdmin = platform.createUser("admin-" + b, "tenant-admin", b);
    assertThat(
            platform
                .as(bAdmin)
                .post("/api/t/" + b + "/candidates/" + id + "/privacy/erasure", "{}")
                .status())
        .isEqualTo(404);

    String admin = platform.createUser("admin-" + a, "tenant-admin", a);
    Answer erased = platform.as(admin).post(erasure, "{}");
    assertThat(erased.status()).as(erased.body()).isEqualTo(200);
    assertThat(erased.json().getInt("documentsDeleted")).isEqualTo(1);

    assertThat(platform.get(fa.base() + "/candidates/" + id).status()).isEqualTo(404);
    assertThat(platform.get(fa.base() + "/candidates").json().getInt("total")).isZero();
    assertThat(platform.get(fa.base() + "/candidates?q=diallo").json().getInt("total")).isZero();
    assertThat(
            platform
                .get(fa.base() + "/vacancies/" + vacancy + "/matches")
                .json()
                .getInt("considered"))
        .isZero();
    assertThat(platform.as(admin).post(erasure, "{}").status()).isEqualTo(404);
    JsonObject trail =
        platform.as(admin).get(fa.base() + "/candidates/" + id + "/privacy/audit").json();
    assertThat(trail.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("action")))
        .contains("DOCUMENT_UPLOAD", "ERASE");

    String schema = "t_" + a.replace('-', '_');
    try (var connection = platform.jdbc();
        var statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT first_name, email, birth_date, gender, zone, age_band, status,"
                    + " (SELECT count(*) FROM "
                    + schema
                    + ".document) AS documents"
                    + " FROM "
                    + schema
                    + ".candidate WHERE id = "
                    + id)) {
      assertThat(row.next()).isTrue();
      assertThat(row.getString("first_name")).isEqualTo("[erased]");
      assertThat(row.getString("email")).isNull();
      assertThat(row.getDate("birth_date")).isNull();
      assertThat(row.getString("gender")).isEqualTo("FEMALE");
      assertThat(row.getString("zone")).isEqualTo("Valle");
      assertThat(row.getString("age_band")).isEqualTo("30-39");
      assertThat(row.getString("status")).isEqualTo("IN_PROTOCOL");
      assertThat(row.getInt("documents")).isZero();
    }
  }

  /** Issue #16: searches and matches are audited as list reads: who, the filter, how many. */
  @Test
  void listsOfPeopleAreAuditedAsListReads(Platform platform) throws Exception {
    String a = platform.onboardNewTenant("03");
    String b = platform.onboardNewTenant("03");
    Fixtures fa = new Fixtures(platform, a);
    fa.inProtocol(Fixtures.person("Amina", "Lettura", ""), READY);
    Answer search = platform.get(fa.base() + "/candidates?q=Lettura&status=IN_PROTOCOL&limit=20");
    assertThat(search.status()).as(search.body()).isEqualTo(200);
    try (java.sql.Connection c = platform.jdbc();
        java.sql.Statement s = c.createStatement()) {
      java.sql.ResultSet rs =
          s.executeQuery(
              "SELECT actor, subject_id, fields FROM t_"
                  + a.replace('-', '_')
                  + ".audit_entry WHERE action = 'LIST_READ' ORDER BY id");
      assertThat(rs.next()).as("a list read is audited").isTrue();
      assertThat(rs.getString(1)).contains(platform.operatorOf(a));
      assertThat(rs.getLong(2)).as("people shown").isEqualTo(1);
      assertThat(rs.getString(3))
          .contains("list=search")
          .contains("text")
          .doesNotContain("Lettura")
          .contains("status=IN_PROTOCOL")
          .contains("limit=20");
      java.sql.ResultSet other =
          s.executeQuery(
              "SELECT count(*) FROM t_"
                  + b.replace('-', '_')
                  + ".audit_entry WHERE action = 'LIST_READ'");
      other.next();
      assertThat(other.getLong(1)).as("the other territory's trail").isZero();
    }
  }

  /**
   * Issue #16, item 4: consent purposes mean something. Health data only with HEALTH_DATA consent;
   * a withdrawal is recorded, applied and audited.
   */
  @Test
  void healthDataNeedsItsConsentAndAWithdrawalIsApplied(Platform platform) throws Exception {
    String a = platform.onboardNewTenant("03");
    String b = platform.onboardNewTenant("03");
    Fixtures fa = new Fixtures(platform, a);
    String withoutHealthConsent =
        Fixtures.person(
            "Paola",
            "Salute",
            "\"difficulties\": [\"HEALTH\"], \"consent\": {\"noticeVersion\": \"1\","
                + " \"purposes\": [\"PROGRAMME\"]}");
    JsonObject refused =
        ProblemResponsesIT.assertProblem(
            platform.post(fa.base() + "/candidates", withoutHealthConsent),
            422,
            "validation-failed");
    assertThat(refused.toString()).contains("/difficulties").contains("HEALTH_DATA");
    assertThat(platform.get(fa.base() + "/candidates?q=Salute").json().getInt("total")).isZero();
    ProblemResponsesIT.assertProblem(
        platform.anonymous().post("/api/t/" + a + "/public/registrations", withoutHealthConsent),
        422,
        "validation-failed");

    long id =
        fa.register(
            withoutHealthConsent.replace("[\"PROGRAMME\"]", "[\"PROGRAMME\", \"HEALTH_DATA\"]"));
    assertThat(platform.get(fa.base() + "/candidates/" + id).body()).contains("HEALTH");

    ProblemResponsesIT.assertProblem(
        platform.post(
            fa.base() + "/candidates/" + id + "/consents/withdrawals",
            "{\"purposes\": [\"PROGRAMME\"]}"),
        422,
        "validation-failed");
    Answer withdrawn =
        platform.post(
            fa.base() + "/candidates/" + id + "/consents/withdrawals",
            "{\"purposes\": [\"HEALTH_DATA\"]}");
    assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
    assertThat(withdrawn.json().getJsonArray("purposes").toString())
        .contains("PROGRAMME")
        .doesNotContain("HEALTH_DATA");
    JsonObject record = platform.get(fa.base() + "/candidates/" + id).json();
    assertThat(record.toString()).doesNotContain("\"HEALTH\"");
    // Recording health data again is refused until the person consents again.
    ProblemResponsesIT.assertProblem(
        platform.put(
            fa.base() + "/candidates/" + id,
            Fixtures.person(
                "Paola",
                "Salute",
                "\"difficulties\": [\"HEALTH\"], \"version\": " + record.getJsonNumber("version"))),
        422,
        "validation-failed");
    String trail =
        platform
            .as(platform.adminOf(a))
            .get(fa.base() + "/candidates/" + id + "/privacy/audit")
            .body();
    assertThat(trail).contains("CONSENT_WITHDRAWN");
    assertThat(platform.get("/api/t/" + b + "/candidates/" + id + "/consents/withdrawals").status())
        .isEqualTo(404);
  }
}
