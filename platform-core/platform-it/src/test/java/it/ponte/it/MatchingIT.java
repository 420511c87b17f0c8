package it.ponte.it;

import static it.ponte.it.ProblemResponsesIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import it.ponte.it.Platform.Answer;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Ranking candidates for a vacancy, and the selection that follows. */
@ExtendWith(PlatformExtension.class)
class MatchingIT {

  private static final String READY_LOGISTICS =
      "{\"profileType\": \"IN_TARGET\", \"readiness\": \"READY\", \"sectors\": [\"LOGISTICS\"]}";
  private static final String NOT_READY_CLEANING =
      "{\"profileType\": \"FRAGILE\", \"readiness\": \"NOT_READY\", \"sectors\": [\"CLEANING\"]}";

  private static final String VACANCY =
      """
      {"title": "Magazziniere", "profession": "8.1.4.3.0", "positions": 1, "contract": "FIXED_TERM",
       "zone": "Valle", "sector": "LOGISTICS", "shifts": ["MORNING"],
       "requirements": [{"kind": "LICENCE", "value": "FORKLIFT", "mandatory": true},
                        {"kind": "ITALIAN_LEVEL", "value": "B1"},
                        {"kind": "CAR"}]}
      """;

  @Test
  void ranksExplainsAndFiltersOnMandatoryRequirements(Platform platform) {
    String a = platform.onboardNewTenant("03");
    String b = platform.onboardNewTenant("03");
    Fixtures fa = new Fixtures(platform, a);
    long best =
        fa.inProtocol(
            Fixtures.person(
                "Best",
                "Fit",
                "\"zone\": \"Valle\", \"italianLevel\": \"B2\", \"licences\": [\"FORKLIFT\"],"
                    + " \"hasCar\": true, \"availability\": [\"MORNING\"]"),
            READY_LOGISTICS);
    long partial =
        fa.inProtocol(
            Fixtures.person(
                "Part",
                "Fit",
                "\"zone\": \"Centro\", \"italianLevel\": \"A2\", \"licences\": [\"FORKLIFT\"],"
                    + " \"hasCar\": false"),
            NOT_READY_CLEANING);
    fa.inProtocol(
        Fixtures.person("No", "Forklift", "\"zone\": \"Valle\", \"italianLevel\": \"C2\""),
        READY_LOGISTICS);
    fa.register(
        Fixtures.person("Not", "InProtocol", "\"zone\": \"Valle\", \"licences\": [\"FORKLIFT\"]"));
    new Fixtures(platform, b)
        .inProtocol(
            Fixtures.person("Other", "Tenant", "\"licences\": [\"FORKLIFT\"], \"zone\": \"Valle\""),
            READY_LOGISTICS);
    long vacancy = fa.vacancy(fa.company("Logistica Srl"), VACANCY);

    Answer answer = platform.get(fa.base() + "/vacancies/" + vacancy + "/matches");
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    JsonObject matches = answer.json();
    assertThat(matches.getInt("considered")).isEqualTo(2);
    JsonArray items = matches.getJsonArray("items");
    assertThat(items.stream().map(v -> v.asJsonObject().getJsonNumber("candidateId").longValue()))
        .containsExactly(best, partial);
    JsonObject top = items.getJsonObject(0);
    assertThat(top.getInt("score")).isEqualTo(100);
    assertThat(top.getJsonArray("missing")).isEmpty();
    JsonObject second = items.getJsonObject(1);
    assertThat(second.getInt("score")).isBetween(1, 99);
    assertThat(second.getJsonArray("missing").getValuesAs(JsonString::getString))
        .anySatisfy(m -> assertThat(m).contains("Italian B1"))
        .anySatisfy(m -> assertThat(m).contains("a car"))
        .anySatisfy(m -> assertThat(m).contains("employability in LOGISTICS"))
        .anySatisfy(m -> assertThat(m).contains("MORNING"));
    List<String> criteria =
        second.getJsonArray("explanation").stream()
            .map(v -> v.asJsonObject().getString("criterion"))
            .toList();
    assertThat(criteria)
        .containsExactlyInAnyOrder(
            "ITALIAN_LEVEL", "CAR", "ZONE", "SECTOR", "READINESS", "SCHEDULES");
    double points =
        second.getJsonArray("explanation").stream()
            .mapToDouble(v -> v.asJsonObject().getJsonNumber("points").doubleValue())
            .sum();
    int weights =
        second.getJsonArray("explanation").stream()
            .mapToInt(v -> v.asJsonObject().getInt("weight"))
            .sum();
    assertThat(second.getInt("score")).isEqualTo((int) Math.round(100 * points / weights));

    assertThat(platform.get("/api/t/" + b + "/vacancies/" + vacancy + "/matches").status())
        .isEqualTo(404);
  }

  /**
   * The ranking reads the people in protocol from a copy each server keeps in memory: it must see
   * every committed change at once - a person put in protocol, one taken out - and only its own
   * territory's people, with their names read afresh.
   */
  @Test
  void theRankingSeesEveryChangeAtOnceAndOnlyItsTerritory(Platform platform) {
    String a = platform.onboardNewTenant("03");
    String b = platform.onboardNewTenant("03");
    Fixtures fa = new Fixtures(platform, a);
    Fixtures fb = new Fixtures(platform, b);
    String fit =
        "\"zone\": \"Valle\", \"italianLevel\": \"B2\", \"licences\": [\"FORKLIFT\"],"
            + " \"hasCar\": true, \"availability\": [\"MORNING\"]";
    long first = fa.inProtocol(Fixtures.person("Prima", "Arrivata", fit), READY_LOGISTICS);
    fb.inProtocol(Fixtures.person("Altro", "Territorio", fit), READY_LOGISTICS);
    long vacancyA = fa.vacancy(fa.company("Magazzini Srl"), VACANCY);
    long vacancyB = fb.vacancy(fb.company("Depositi Srl"), VACANCY);
    String matchesA = fa.base() + "/vacancies/" + vacancyA + "/matches";

    assertThat(names(platform.get(matchesA))).containsExactly("Prima Arrivata");
    long second = fa.inProtocol(Fixtures.person("Seconda", "Arrivata", fit), READY_LOGISTICS);
    assertThat(names(platform.get(matchesA)))
        .as("a person put in protocol after the last ranking")
        .containsExactlyInAnyOrder("Prima Arrivata", "Seconda Arrivata");
    Answer out =
        platform.post(
            fa.base() + "/candidates/" + first + "/transitions",
            "{\"to\": \"OUT_OF_PROTOCOL\", \"reason\": \"UNREACHABLE\"}");
    assertThat(out.status()).as(out.body()).isEqualTo(200);
    Answer after = platform.get(matchesA);
    assertThat(names(after))
        .as("a person taken out of protocol")
        .containsExactly("Seconda Arrivata");
    assertThat(
            after
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("candidateId")
                .longValue())
        .isEqualTo(second);
    assertThat(names(platform.get(fb.base() + "/vacancies/" + vacancyB + "/matches")))
        .containsExactly("Altro Territorio");
  }

  private static List<String> names(Answer answer) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.json().getJsonArray("items").stream()
        .map(
            v ->
                v.asJsonObject().getString("firstName")
                    + " "
                    + v.asJsonObject().getString("lastName"))
        .toList();
  }

  @Test
  void selectionsMoveThroughTheirStagesAndFillTheVacancy(Platform platform) {
    String a = platform.onboardNewTenant("03");
    String b = platform.onboardNewTenant("03");
    Fixtures fa = new Fixtures(platform, a);
    String forklift = "\"zone\": \"Valle\", \"licences\": [\"FORKLIFT\"], \"hasCar\": true";
    long first = fa.inProtocol(Fixtures.person("Uno", "A", forklift), READY_LOGISTICS);
    long second = fa.inProtocol(Fixtures.person("Due", "B", forklift), NOT_READY_CLEANING);
    long registered = fa.register(Fixtures.person("Tre", "C", forklift));
    long vacancy = fa.vacancy(fa.company("Logistica Srl"), VACANCY);
    String selections = fa.base() + "/vacancies/" + vacancy + "/selections";

    JsonObject best =
        platform
            .get(fa.base() + "/vacancies/" + vacancy + "/matches")
            .json()
            .getJsonArray("items")
            .getJsonObject(0);
    Answer proposed = platform.post(selections, "{\"topMatches\": 1}");
    assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
    JsonObject s1 = proposed.jsonStructure().asJsonArray().getJsonObject(0);
    assertThat(s1.getJsonNumber("candidateId").longValue()).isEqualTo(first);
    assertThat(s1.getString("proposedBy")).isEqualTo("MATCHING");
    assertThat(s1.getInt("score")).isEqualTo(best.getInt("score"));
    assertThat(best.getJsonNumber("candidateId").longValue()).isEqualTo(first);
    assertThat(platform.get(fa.base() + "/vacancies/" + vacancy).json().getString("status"))
        .isEqualTo("IN_SELECTION");

    Answer byOperator = platform.post(selections, "{\"candidateId\": " + second + "}");
    assertThat(byOperator.status()).as(byOperator.body()).isEqualTo(201);
    assertProblem(
        platform.post(selections, "{\"candidateId\": " + second + "}"), 409, "already-selected");
    assertProblem(
        platform.post(selections, "{\"candidateId\": " + registered + "}"),
        409,
        "candidate-not-in-protocol");
    assertProblem(platform.post(selections, "{}"), 422, "validation-failed");
    assertThat(
            platform
                .get(fa.base() + "/vacancies/" + vacancy + "/matches")
                .json()
                .getInt("considered"))
        .as("candidates already in the selection are not ranked again")
        .isZero();

    String stage = fa.base() + "/selections/" + s1.getJsonNumber("id") + "/stage";
    assertProblem(platform.post(stage, "{\"to\": \"HIRED\"}"), 409, "illegal-transition");
    long version = s1.getJsonNumber("version").longValue();
    // Issue #16: a CV goes to a company only with the person's SHARING_WITH_COMPANIES consent.
    assertProblem(
        platform.post(stage, "{\"to\": \"CV_SENT\", \"version\": " + version + "}"),
        422,
        "consent-missing");
    String consents = fa.base() + "/candidates/" + first + "/consents";
    assertThat(
            platform
                .post(
                    consents,
                    "{\"noticeVersion\": \"1\", \"purposes\": [\"PROGRAMME\", \"SHARING_WITH_COMPANIES\"]}")
                .status())
        .isEqualTo(201);
    assertThat(platform.post(stage, "{\"to\": \"CV_SENT\", \"version\": " + version + "}").status())
        .isEqualTo(200);
    assertProblem(
        platform.post(stage, "{\"to\": \"COMPANY_INTERVIEW\", \"version\": " + version + "}"),
        409,
        "stale-version");
    platform.post(stage, "{\"to\": \"COMPANY_INTERVIEW\"}");
    JsonObject hired = platform.post(stage, "{\"to\": \"HIRED\"}").json();
    assertThat(hired.getJsonArray("allowed")).isEmpty();
    assertThat(platform.get(fa.base() + "/vacancies/" + vacancy).json().getString("status"))
        .isEqualTo("FILLED");
    assertThat(
            platform
                .get(fa.base() + "/candidates/" + first + "/selections")
                .jsonStructure()
                .asJsonArray())
        .hasSize(1);

    assertThat(platform.get("/api/t/" + b + "/selections/" + s1.getJsonNumber("id")).status())
        .isEqualTo(404);
    assertThat(
            platform
                .post(
                    "/api/t/" + b + "/selections/" + s1.getJsonNumber("id") + "/stage",
                    "{\"to\": \"REJECTED\"}")
                .status())
        .isEqualTo(404);
    assertThat(platform.get("/api/t/" + b + "/vacancies").json().getInt("total")).isZero();
  }

  @Test
  void aVacancyWithAnUnknownZoneOrRequirementIsRefused(Platform platform) {
    String a = platform.onboardNewTenant("03");
    Fixtures fa = new Fixtures(platform, a);
    long company = fa.company("Logistica Srl");
    Answer refused =
        platform.post(
            fa.base() + "/companies/" + company + "/vacancies",
            VACANCY.replace("\"Valle\"", "\"Atlantide\"").replace("\"FORKLIFT\"", "\"JETPACK\""));
    JsonObject problem = assertProblem(refused, 422, "validation-failed");
    assertThat(
            problem.getJsonArray("errors").stream()
                .map(JsonValue::asJsonObject)
                .map(e -> e.getString("pointer")))
        .containsExactlyInAnyOrder("/zone", "/requirements/0/value");
    assertThat(platform.get(fa.base() + "/vacancies").json().getInt("total")).isZero();
  }
}
