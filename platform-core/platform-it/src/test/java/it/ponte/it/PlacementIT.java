package it.ponte.it;

import static it.ponte.it.ProblemResponsesIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import it.ponte.it.Platform.Answer;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Placements with their links and regional tirocinio warnings; courses and their two rates. */
@ExtendWith(PlatformExtension.class)
class PlacementIT {

  private static final String READY =
      "{\"profileType\": \"IN_TARGET\", \"readiness\": \"READY\", \"sectors\": [\"CARE\"]}";

  private static String placement(long candidate, long company, String fields) {
    return "{\"candidateId\": %d, \"companyId\": %d, %s}".formatted(candidate, company, fields);
  }

  @Test
  void aTirocinioWarnsByRegionAndTurnsIntoAHiring(Platform platform) {
    String lombardy = platform.onboardNewTenant("03");
    String emilia = platform.onboardNewTenant("08");
    Fixtures fl = new Fixtures(platform, lombardy);
    long candidate = fl.inProtocol(Fixtures.person("Amina", "Diallo", ""), READY);
    long company = fl.company("Cura Srl");
    String tirocinio =
        "\"type\": \"TIROCINIO\", \"startDate\": \"2026-01-01\", \"endDate\": \"2026-10-31\","
            + " \"hoursPerWeek\": 30, \"monthlyAllowance\": 450";

    Answer recorded =
        platform.post(fl.base() + "/placements", placement(candidate, company, tirocinio));
    assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
    JsonObject t = recorded.json();
    assertThat(t.getString("coCode")).isEqualTo("C.01.00");
    assertThat(t.getJsonArray("warnings").getValuesAs(JsonString::getString))
        .anySatisfy(w -> assertThat(w).contains("EUR 450").contains("EUR 500"))
        .anySatisfy(w -> assertThat(w).contains("6 months"));
    assertThat(platform.get(fl.base() + "/candidates/" + candidate).json().getString("status"))
        .isEqualTo("PLACED");

    long tId = t.getJsonNumber("id").longValue();
    Answer hiring =
        platform.post(
            fl.base() + "/placements",
            placement(
                candidate,
                company,
                "\"type\": \"HIRING\", \"contract\": \"PERMANENT\", \"startDate\": \"2026-11-01\","
                    + " \"hoursPerWeek\": 38, \"previousId\": "
                    + tId
                    + ", \"link\": \"TRANSFORMATION\""));
    assertThat(hiring.status()).as(hiring.body()).isEqualTo(201);
    assertThat(hiring.json().getString("coCode")).isEqualTo("A.01.00");
    assertThat(hiring.json().getJsonArray("warnings")).isEmpty();
    assertProblem(
        platform.post(
            fl.base() + "/placements",
            placement(
                candidate,
                company,
                "\"type\": \"STAGE\", \"startDate\": \"2026-12-01\", \"previousId\": "
                    + hiring.json().getJsonNumber("id")
                    + ", \"link\": \"TRANSFORMATION\"")),
        422,
        "validation-failed");
    assertThat(
            platform.get(fl.base() + "/placements?candidateId=" + candidate).json().getInt("total"))
        .isEqualTo(2);

    // The same tirocinio in Emilia-Romagna: EUR 450 is the minimum there.
    Fixtures fe = new Fixtures(platform, emilia);
    long other = fe.inProtocol(Fixtures.person("Luca", "Neri", ""), READY);
    JsonObject inEmilia =
        platform
            .post(fe.base() + "/placements", placement(other, fe.company("Cura Bo"), tirocinio))
            .json();
    assertThat(inEmilia.getJsonArray("warnings").getValuesAs(JsonString::getString))
        .noneSatisfy(w -> assertThat(w).contains("allowance"))
        .anySatisfy(w -> assertThat(w).contains("6 months"));
    assertThat(platform.get(fe.base() + "/placements").json().getInt("total")).isEqualTo(1);
    assertThat(
            platform.get(fe.base() + "/placements/" + hiring.json().getJsonNumber("id")).status())
        .as("Lombardy's second placement is not Emilia's")
        .isEqualTo(404);
  }

  @Test
  void inconsistentPlacementsAreRefusedAndWriteNothing(Platform platform) {
    String a = platform.onboardNewTenant("03");
    Fixtures fa = new Fixtures(platform, a);
    long candidate = fa.inProtocol(Fixtures.person("Amina", "Diallo", ""), READY);
    long registered = fa.register(Fixtures.person("Marco", "Rossi", ""));
    long company = fa.company("Cura Srl");
    JsonObject problem =
        assertProblem(
            platform.post(
                fa.base() + "/placements",
                placement(
                    candidate,
                    company,
                    "\"type\": \"HIRING\", \"startDate\": \"2026-05-01\", \"endDate\": \"2026-04-01\"")),
            422,
            "validation-failed");
    assertThat(
            problem.getJsonArray("errors").stream()
                .map(JsonValue::asJsonObject)
                .map(e -> e.getString("pointer")))
        .containsExactlyInAnyOrder("/contract", "/endDate");
    assertProblem(
        platform.post(
            fa.base() + "/placements",
            placement(registered, company, "\"type\": \"STAGE\", \"startDate\": \"2026-05-01\"")),
        409,
        "candidate-not-in-protocol");
    assertThat(platform.get(fa.base() + "/placements").json().getInt("total")).isZero();
    assertThat(platform.get(fa.base() + "/candidates/" + candidate).json().getString("status"))
        .isEqualTo("IN_PROTOCOL");
  }

  @Test
  void courseRatesFollowTheProgrammesDefinitions(Platform platform) {
    String a = platform.onboardNewTenant("08");
    String b = platform.onboardNewTenant("08");
    Fixtures fa = new Fixtures(platform, a);
    Answer created =
        platform.post(
            fa.base() + "/courses",
            """
            {"title": "OSS", "category": "TECHNICAL", "provider": "Ente", "mode": "IN_PERSON",
             "startsOn": "2026-01-10", "endsOn": "2026-03-31"}
            """);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String course = fa.base() + "/courses/" + created.json().getJsonNumber("id");
    long company = fa.company("Cura Srl");
    long[] people = new long[4];
    for (int i = 0; i < people.length; i++) {
      people[i] = fa.inProtocol(Fixtures.person("P" + i, "Oss", ""), READY);
      assertThat(
              platform
                  .post(course + "/enrolments", "{\"candidateId\": " + people[i] + "}")
                  .status())
          .isEqualTo(201);
    }
    assertProblem(
        platform.post(course + "/enrolments", "{\"candidateId\": " + people[0] + "}"),
        409,
        "already-enrolled");
    platform.post(course + "/enrolments/" + people[3] + "/outcome", "{\"status\": \"WITHDRAWN\"}");
    platform.post(
        course + "/enrolments/" + people[0] + "/outcome",
        "{\"status\": \"COMPLETED\", \"completedOn\": \"2026-03-31\"}");
    // Participant 0: a stage then its transformation; participant 1: one hiring; 2: none;
    // the withdrawn 3 is placed too but is not a participant.
    long stage =
        Fixtures.id(
            platform.post(
                fa.base() + "/placements",
                placement(
                    people[0], company, "\"type\": \"STAGE\", \"startDate\": \"2026-04-01\"")));
    platform.post(
        fa.base() + "/placements",
        placement(
            people[0],
            company,
            "\"type\": \"HIRING\", \"contract\": \"FIXED_TERM\", \"startDate\": \"2026-07-01\","
                + " \"previousId\": "
                + stage
                + ", \"link\": \"TRANSFORMATION\""));
    platform.post(
        fa.base() + "/placements",
        placement(
            people[1],
            company,
            "\"type\": \"HIRING\", \"contract\": \"PERMANENT\", \"startDate\": \"2026-05-01\""));
    platform.post(
        fa.base() + "/placements",
        placement(people[3], company, "\"type\": \"STAGE\", \"startDate\": \"2026-05-01\""));

    JsonObject rates = platform.get(course).json();
    assertThat(rates.getInt("participants")).isEqualTo(3);
    assertThat(rates.getInt("placements")).isEqualTo(3);
    assertThat(rates.getInt("participantsPlaced")).isEqualTo(2);
    assertThat(rates.getJsonNumber("placementRate").bigDecimalValue())
        .isEqualByComparingTo("100.0");
    assertThat(rates.getJsonNumber("employmentRate").bigDecimalValue())
        .isEqualByComparingTo("66.7");
    assertThat(platform.get("/api/t/" + b + "/courses").json().getInt("total")).isZero();
    assertThat(
            platform.get("/api/t/" + b + "/courses/" + created.json().getJsonNumber("id")).status())
        .isEqualTo(404);
  }
}
