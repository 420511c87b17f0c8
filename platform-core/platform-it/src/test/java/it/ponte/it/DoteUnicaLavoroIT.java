package it.ponte.it;

import static it.ponte.it.ProblemResponsesIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import it.ponte.it.Platform.Answer;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Dote Unica Lavoro plugin, installed in the test platform like in a distribution. */
@ExtendWith(PlatformExtension.class)
class DoteUnicaLavoroIT {

  private static final String DUL = "dote-unica-lavoro";

  static String person(String first, int age, String status) {
    return Fixtures.person(first, "Gotti", "")
        .replace("\"1988-04-12\"", "\"" + LocalDate.now().minusYears(age).minusDays(20) + "\"")
        .replace("\"UNEMPLOYED\"", "\"" + status + "\"")
        .replace("\"2025-11-03\"", "\"" + LocalDate.now().minusMonths(14) + "\"");
  }

  static String enable(Platform platform, String tenant) {
    String admin = platform.adminOf(tenant);
    Answer enabled =
        platform
            .as(admin)
            .send("PUT", "/api/t/" + tenant + "/plugins/" + DUL, "{}", "application/json");
    assertThat(enabled.status()).as(enabled.body()).isEqualTo(200);
    return admin;
  }

  @Test
  void bergamoEnablesItInItsDescriptorAndBolognaDoesNot(Platform platform) {
    JsonObject bergamo = platform.get("/api/t/bergamo/plugins/" + DUL).json();
    assertThat(bergamo.getBoolean("enabled")).isTrue();
    assertThat(bergamo.getJsonObject("config").getString("phase")).isEqualTo("IV");
    assertThat(bergamo.getJsonObject("config").getInt("overbookingPercent")).isEqualTo(10);
    assertThat(platform.get("/api/t/bergamo/plugins/" + DUL + "/operators").status())
        .isEqualTo(200);
    assertThat(platform.get("/api/t/bologna/plugins/" + DUL).json().getBoolean("enabled"))
        .isFalse();
    assertThat(platform.get("/api/t/bologna/plugins/" + DUL + "/operators").status())
        .isEqualTo(404);
  }

  @Test
  void onlyLombardyMayEnableIt(Platform platform) {
    String emilia = platform.onboardNewTenant("08");
    String admin = platform.adminOf(emilia);
    JsonObject refused =
        assertProblem(
            platform
                .as(admin)
                .send("PUT", "/api/t/" + emilia + "/plugins/" + DUL, "{}", "application/json"),
            422,
            "plugin-refused");
    assertThat(refused.getString("detail")).contains("regions [03]");
    assertThat(platform.get("/api/t/" + emilia + "/plugins/" + DUL + "/doti").status())
        .isEqualTo(404);
  }

  @Test
  void whatIsRecordedAlreadyIsAConflictAndChangesNothing(Platform platform) {
    String a = platform.onboardNewTenant("03");
    String other = platform.onboardNewTenant("03");
    enable(platform, a);
    enable(platform, other);
    String base = "/api/t/" + a + "/plugins/" + DUL;
    String operatorBody = "{\"name\": \"Ente Uno\", \"ceiling\": 2000}";
    Answer op = platform.asAdminOf(a).post(base + "/operators", operatorBody);
    assertThat(op.status()).as(op.body()).isEqualTo(201);
    long operator = op.json().getJsonNumber("id").longValue();
    assertProblem(
        platform
            .asAdminOf(a)
            .post(base + "/operators", "{\"name\": \"Ente Uno\", \"ceiling\": 9000}"),
        409,
        "dul-operator-exists");
    JsonArray operators = platform.get(base + "/operators").jsonStructure().asJsonArray();
    assertThat(operators).hasSize(1);
    assertThat(operators.getJsonObject(0).getJsonNumber("ceiling").intValue()).isEqualTo(2000);
    // The same name is free in another territory.
    assertThat(
            platform
                .asAdminOf(other)
                .post("/api/t/" + other + "/plugins/" + DUL + "/operators", operatorBody)
                .status())
        .isEqualTo(201);

    long worker = new Fixtures(platform, a).register(person("Lavoratrice", 56, "UNEMPLOYED"));
    String assign =
        "{\"candidateId\": "
            + worker
            + ", \"operatorId\": "
            + operator
            + ", \"serviceAgreementSigned\": true}";
    assertThat(platform.post(base + "/doti", assign).status()).isEqualTo(201);
    assertProblem(platform.post(base + "/doti", assign), 409, "dul-dote-active");
    assertThat(platform.get(base + "/doti?candidateId=" + worker).jsonStructure().asJsonArray())
        .hasSize(1);
    assertThat(
            platform
                .get("/api/t/" + other + "/plugins/" + DUL + "/doti")
                .jsonStructure()
                .asJsonArray())
        .isEmpty();
  }

  @Test
  void aDoteFromEligibilityToAResultClaimOnce(Platform platform) throws Exception {
    String a = platform.onboardNewTenant("03");
    String b = platform.onboardNewTenant("03");
    enable(platform, a);
    String base = "/api/t/" + a + "/plugins/" + DUL;
    Fixtures fa = new Fixtures(platform, a);

    Answer op =
        platform
            .asAdminOf(a)
            .post(base + "/operators", "{\"name\": \"Ente Uno\", \"ceiling\": 2000}");
    assertThat(op.status()).as(op.body()).isEqualTo(201);
    long operator = op.json().getJsonNumber("id").longValue();

    long young = fa.register(person("Giovane", 25, "UNEMPLOYED"));
    JsonObject notEligible =
        assertProblem(
            platform.post(
                base + "/doti",
                "{\"candidateId\": " + young + ", \"operatorId\": " + operator + "}"),
            422,
            "dul-not-eligible");
    assertThat(notEligible.getJsonArray("reasons").getValuesAs(JsonString::getString))
        .anySatisfy(r -> assertThat(r).contains("under 30"))
        .anySatisfy(r -> assertThat(r).contains("Patto di servizio"));

    long worker = fa.register(person("Lavoratrice", 56, "UNEMPLOYED"));
    Answer assigned =
        platform.post(
            base + "/doti",
            "{\"candidateId\": "
                + worker
                + ", \"operatorId\": "
                + operator
                + ", \"serviceAgreementSigned\": true}");
    assertThat(assigned.status()).as(assigned.body()).isEqualTo(201);
    JsonObject dote = assigned.json();
    long doteId = dote.getJsonNumber("id").longValue();
    // Woman (1) + 56 years (3) + education unknown (0) + 14 months unemployed (2) = 6: fascia 3.
    assertThat(dote.getInt("score")).isEqualTo(6);
    assertThat(dote.getInt("fascia")).isEqualTo(3);
    assertThat(dote.getString("contributions")).contains("gender=FEMALE:1").contains("age=56:3");

    assertProblem(
        platform.send(
            "PUT",
            base + "/doti/" + doteId + "/pip",
            "[{\"serviceCode\": \"FOR-01\", \"quantity\": 300}]",
            "application/json"),
        422,
        "dul-plan-refused");
    Answer planned =
        platform.send(
            "PUT",
            base + "/doti/" + doteId + "/pip",
            "[{\"serviceCode\": \"ACC-01\", \"quantity\": 2}, {\"serviceCode\": \"ORI-01\", \"quantity\": 10}]",
            "application/json");
    assertThat(planned.status()).as(planned.body()).isEqualTo(200);
    JsonObject operatorNow =
        platform.get(base + "/operators").jsonStructure().asJsonArray().getJsonObject(0);
    assertThat(operatorNow.getJsonNumber("available").bigDecimalValue())
        .isEqualByComparingTo("1580");

    long company = fa.company("Impresa Srl", "SMALL");
    fa.move(worker, "ASSESSED");
    fa.move(worker, "IN_PROTOCOL");
    Answer placement =
        platform.post(
            "/api/t/" + a + "/placements",
            "{\"candidateId\": %d, \"companyId\": %d, \"type\": \"HIRING\", \"contract\": \"FIXED_TERM\", \"startDate\": \"%s\", \"endDate\": \"%s\", \"hoursPerWeek\": 30}"
                .formatted(worker, company, LocalDate.now(), LocalDate.now().plusDays(400)));
    assertThat(placement.status()).as(placement.body()).isEqualTo(201);

    JsonObject closed = waitFor(platform, base + "/doti/" + doteId);
    assertThat(closed.getJsonObject("dote").getString("status")).isEqualTo("PLACED");
    assertThat(closed.getJsonArray("claims")).hasSize(1);
    assertThat(
            closed
                .getJsonArray("claims")
                .getJsonObject(0)
                .getJsonNumber("amount")
                .bigDecimalValue())
        .isEqualByComparingTo("1750");
    // Woman of 56 hired for more than 12 months, 30 h a week, by a company under 50: 9,000 + 1,000.
    JsonObject claim = closed.getJsonArray("claims").getJsonObject(0);
    assertThat(claim.getJsonNumber("employerIncentive").bigDecimalValue())
        .isEqualByComparingTo("10000");
    assertThat(claim.getString("incentiveReason")).contains("woman aged 56").contains("under 50");
    assertThat(
            platform
                .get(base + "/operators")
                .jsonStructure()
                .asJsonArray()
                .getJsonObject(0)
                .getJsonNumber("available")
                .bigDecimalValue())
        .as("the placement returned the booking as replacement budget")
        .isEqualByComparingTo("2000");

    JsonObject section =
        platform
            .get("/api/t/" + a + "/reports/plugin-sections")
            .jsonStructure()
            .asJsonArray()
            .getJsonObject(0);
    assertThat(section.getString("title")).isEqualTo("Dote Unica Lavoro");
    assertThat(section.getJsonArray("figures").toString())
        .contains("placement rate % fascia 3")
        .contains("result claims EUR")
        .contains("result claims EUR FIXED_TERM")
        .contains("employer incentives EUR")
        .contains("operator committed % Ente Uno");
    // The section honours a period: flows by the date of their event, stocks at its end. In 2020
    // nothing had happened yet and the operator did not exist.
    String in2020 =
        platform
            .get("/api/t/" + a + "/reports/plugin-sections?from=2020-01-01&to=2020-12-31")
            .body();
    assertThat(in2020)
        .contains("{\"name\":\"doti opened\",\"value\":0}")
        .contains("{\"name\":\"result claims EUR\",\"value\":0")
        .doesNotContain("result claims EUR FIXED_TERM")
        .doesNotContain("Ente Uno")
        .doesNotContain("fascia 3");
    String thisYear =
        platform
            .get(
                "/api/t/"
                    + a
                    + "/reports/plugin-sections?from="
                    + LocalDate.now().minusDays(30)
                    + "&to="
                    + LocalDate.now().plusDays(1))
            .body();
    assertThat(thisYear)
        .contains("{\"name\":\"doti opened\",\"value\":1}")
        .contains("result claims EUR FIXED_TERM")
        .contains("{\"name\":\"doti fascia 3 PLACED\",\"value\":1}")
        .contains("operator committed % Ente Uno");
    assertThat(platform.get("/api/t/" + b + "/plugins/" + DUL + "/doti").status()).isEqualTo(404);
    assertThat(platform.get("/api/t/" + b + "/placements").json().getInt("total")).isZero();
  }

  @Test
  void redistributionsMoveBudgetButNeverBelowZero(Platform platform) {
    String a = platform.onboardNewTenant("03");
    String b = platform.onboardNewTenant("03");
    enable(platform, a);
    enable(platform, b);
    String base = "/api/t/" + a + "/plugins/" + DUL;
    long operator =
        platform
            .asAdminOf(a)
            .post(base + "/operators", "{\"name\": \"Ente Tre\", \"ceiling\": 1000}")
            .json()
            .getJsonNumber("id")
            .longValue();
    String redistributions = base + "/operators/" + operator + "/redistributions";
    Answer added =
        platform.asAdminOf(a).post(redistributions, "{\"amount\": 500, \"note\": \"Q1\"}");
    assertThat(added.status()).as(added.body()).isEqualTo(200);
    assertThat(added.json().getJsonNumber("available").bigDecimalValue())
        .isEqualByComparingTo("1500");
    JsonObject refused =
        assertProblem(
            platform.asAdminOf(a).post(redistributions, "{\"amount\": -1500.01}"),
            422,
            "dul-redistribution-refused");
    assertThat(refused.getString("detail")).contains("1500");
    assertThat(
            platform.get(base + "/operators/" + operator + "/ledger").jsonStructure().asJsonArray())
        .as("the refused redistribution wrote nothing")
        .hasSize(1);
    Answer emptied = platform.asAdminOf(a).post(redistributions, "{\"amount\": -1500}");
    assertThat(emptied.json().getJsonNumber("available").bigDecimalValue()).isZero();
    assertThat(
            platform
                .get("/api/t/" + b + "/plugins/" + DUL + "/operators")
                .jsonStructure()
                .asJsonArray())
        .isEmpty();
  }

  @Test
  void twoPlansAtOnceNeverOverdrawAnOperator(Platform platform) throws Exception {
    String a = platform.onboardNewTenant("03");
    enable(platform, a);
    String base = "/api/t/" + a + "/plugins/" + DUL;
    Fixtures fa = new Fixtures(platform, a);
    long operator =
        platform
            .asAdminOf(a)
            .post(base + "/operators", "{\"name\": \"Ente Due\", \"ceiling\": 2000}")
            .json()
            .getJsonNumber("id")
            .longValue();
    long[] doti = new long[2];
    for (int i = 0; i < 2; i++) {
      long c = fa.register(person("Persona" + (char) ('a' + i), 56, "UNEMPLOYED"));
      doti[i] =
          platform
              .post(
                  base + "/doti",
                  "{\"candidateId\": "
                      + c
                      + ", \"operatorId\": "
                      + operator
                      + ", \"serviceAgreementSigned\": true}")
              .json()
              .getJsonNumber("id")
              .longValue();
    }
    // 1,225 each: one fits in 2,000 (+200 overbooking), two do not.
    String plan = "[{\"serviceCode\": \"ORI-01\", \"quantity\": 35}]";
    var pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> results =
          List.of(
              pool.submit(
                  () ->
                      platform
                          .send("PUT", base + "/doti/" + doti[0] + "/pip", plan, "application/json")
                          .status()),
              pool.submit(
                  () ->
                      platform
                          .send("PUT", base + "/doti/" + doti[1] + "/pip", plan, "application/json")
                          .status()));
      assertThat(List.of(results.get(0).get(), results.get(1).get()))
          .containsExactlyInAnyOrder(200, 422);
    } finally {
      pool.shutdownNow();
    }
    assertThat(
            platform
                .get(base + "/operators")
                .jsonStructure()
                .asJsonArray()
                .getJsonObject(0)
                .getJsonNumber("available")
                .bigDecimalValue())
        .isEqualByComparingTo("775");
  }

  @Test
  void anExpiredDoteIsClosedByTheJobAndReleasesItsBooking(Platform platform) throws Exception {
    String a = platform.onboardNewTenant("03");
    enable(platform, a);
    String base = "/api/t/" + a + "/plugins/" + DUL;
    long operator =
        platform
            .asAdminOf(a)
            .post(base + "/operators", "{\"name\": \"Ente Tre\", \"ceiling\": 1000}")
            .json()
            .getJsonNumber("id")
            .longValue();
    long c = new Fixtures(platform, a).register(person("Scaduta", 45, "UNEMPLOYED"));
    long dote =
        platform
            .post(
                base + "/doti",
                "{\"candidateId\": "
                    + c
                    + ", \"operatorId\": "
                    + operator
                    + ", \"serviceAgreementSigned\": true}")
            .json()
            .getJsonNumber("id")
            .longValue();
    platform.send(
        "PUT",
        base + "/doti/" + dote + "/pip",
        "[{\"serviceCode\": \"ORI-01\", \"quantity\": 4}]",
        "application/json");
    try (var connection = platform.jdbc();
        var statement = connection.createStatement()) {
      statement.execute(
          "UPDATE t_"
              + a.replace('-', '_')
              + ".dul_dote SET ends_on = current_date - 1 WHERE id = "
              + dote);
    }
    long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    String status = "";
    while (System.nanoTime() < until && !status.equals("EXPIRED")) {
      Thread.sleep(500);
      status =
          platform.get(base + "/doti/" + dote).json().getJsonObject("dote").getString("status");
    }
    assertThat(status).isEqualTo("EXPIRED");
    assertThat(
            platform
                .get(base + "/operators")
                .jsonStructure()
                .asJsonArray()
                .getJsonObject(0)
                .getJsonNumber("available")
                .bigDecimalValue())
        .isEqualByComparingTo("1000");
  }

  private static JsonObject waitFor(Platform platform, String url) throws InterruptedException {
    long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    JsonObject last = platform.get(url).json();
    // The dote and its claims are separate reads: wait for the dote's own status.
    while (System.nanoTime() < until
        && last.getJsonObject("dote").getString("status").equals("ACTIVE")) {
      Thread.sleep(300);
      last = platform.get(url).json();
    }
    return last;
  }
}
