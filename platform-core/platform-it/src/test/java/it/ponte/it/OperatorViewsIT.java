package it.ponte.it;

import static it.ponte.it.ProblemResponsesIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import it.ponte.it.Platform.Answer;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the API adds for the operators' screens: the interview agenda, a placement checked before it
 * is recorded, names beside selections, placements and enrolments, a person's enrolments, what a
 * candidate lacks criterion by criterion, and the territory's facts for its members. Each test uses
 * two territories and checks the other sees nothing.
 */
@ExtendWith(PlatformExtension.class)
class OperatorViewsIT {

  private static final String READY =
      "{\"profileType\": \"IN_TARGET\", \"readiness\": \"READY\", \"sectors\": [\"LOGISTICS\"]}";

  @Test
  void theAgendaListsTheTerritorysInterviewsOfADaySpanWithTheirPeople(Platform platform) {
    String a = platform.onboardNewTenant("03");
    String b = platform.onboardNewTenant("03");
    Fixtures fa = new Fixtures(platform, a);
    // Fixtures interview at 2026-03-10T10:00+01:00.
    long person = fa.inProtocol(Fixtures.person("Agata", "Agenda", ""), READY);
    long waiting = fa.register(Fixtures.person("Walter", "Attesa", ""));
    Answer later =
        platform.post(
            fa.base() + "/candidates/" + waiting + "/interviews",
            "{\"scheduledAt\": \"2026-03-16T00:30:00+01:00\"}");
    assertThat(later.status()).as(later.body()).isEqualTo(201);

    JsonArray week = platform.get(fa.base() + "/interviews?from=2026-03-09&to=2026-03-15").array();
    assertThat(week).hasSize(1);
    JsonObject entry = week.getJsonObject(0);
    assertThat(entry.getString("candidateName")).isEqualTo("Agata Agenda");
    assertThat(entry.getJsonObject("interview").getJsonNumber("candidateId").longValue())
        .isEqualTo(person);
    assertThat(entry.getJsonObject("interview").getString("profileType")).isEqualTo("IN_TARGET");
    // Days are the territory's: 00:30 in Rome on the 16th is the 16th, not the 15th in UTC.
    assertThat(platform.get(fa.base() + "/interviews?from=2026-03-16&to=2026-03-16").array())
        .hasSize(1);

    assertProblem(
        platform.get(fa.base() + "/interviews?from=2026-03-09"), 422, "validation-failed");
    assertProblem(
        platform.get(fa.base() + "/interviews?from=2026-03-15&to=2026-03-09"),
        422,
        "validation-failed");
    assertProblem(
        platform.get(fa.base() + "/interviews?from=2026-01-01&to=2026-03-31"),
        422,
        "validation-failed");
    assertThat(platform.get("/api/t/" + b + "/interviews?from=2026-03-09&to=2026-03-16").array())
        .as("the other territory")
        .isEmpty();
  }

  @Test
  void aPlacementIsCheckedAgainstTheRegionWithoutBeingRecorded(Platform platform) {
    String a = platform.onboardNewTenant("03");
    String b = platform.onboardNewTenant("03");
    Fixtures fa = new Fixtures(platform, a);
    long person = fa.inProtocol(Fixtures.person("Tecla", "Verifica", ""), READY);
    long company = fa.company("Verifiche Srl");
    String body =
        ("{\"candidateId\": %d, \"companyId\": %d, \"type\": \"TIROCINIO\","
                + " \"startDate\": \"2026-12-01\", \"endDate\": \"2027-03-31\","
                + " \"hoursPerWeek\": 38, \"monthlyAllowance\": 300}")
            .formatted(person, company);

    Answer check = platform.post(fa.base() + "/placements/check", body);
    assertThat(check.status()).as(check.body()).isEqualTo(200);
    JsonObject finding = check.json().getJsonArray("findings").getJsonObject(0);
    assertThat(finding.getString("code")).isEqualTo("allowance-below");
    assertThat(finding.getJsonObject("params").getString("allowance")).isEqualTo("300");
    assertThat(finding.getJsonObject("params").getString("minimum")).isEqualTo("500");
    assertThat(check.json().getJsonArray("warnings").getValuesAs(JsonString::getString))
        .containsExactly(finding.getString("message"));
    // Nothing was recorded, and the person is still in protocol.
    assertThat(platform.get(fa.base() + "/placements?candidateId=" + person).json().getInt("total"))
        .isZero();
    assertThat(platform.get(fa.base() + "/candidates/" + person).json().getString("status"))
        .isEqualTo("IN_PROTOCOL");
    // The same validation as recording.
    assertProblem(
        platform.post(
            fa.base() + "/placements/check",
            "{\"candidateId\": %d, \"companyId\": %d, \"type\": \"HIRING\"}"
                .formatted(person, company)),
        422,
        "validation-failed");
    // A hiring has nothing to say.
    Answer hiring =
        platform.post(
            fa.base() + "/placements/check",
            ("{\"candidateId\": %d, \"companyId\": %d, \"type\": \"HIRING\","
                    + " \"contract\": \"PERMANENT\", \"startDate\": \"2026-12-01\"}")
                .formatted(person, company));
    assertThat(hiring.json().getJsonArray("findings")).isEmpty();

    Answer recorded = platform.post(fa.base() + "/placements", body);
    assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
    assertThat(recorded.json().getString("candidateName")).isEqualTo("Tecla Verifica");
    assertThat(recorded.json().getString("companyName")).isEqualTo("Verifiche Srl");
    assertThat(recorded.json().getJsonArray("findings").getJsonObject(0).getString("code"))
        .isEqualTo("allowance-below");
    assertThat(platform.get("/api/t/" + b + "/placements").json().getInt("total"))
        .as("the other territory")
        .isZero();
  }

  @Test
  void selectionsEnrolmentsAndMatchesSpeakForThemselves(Platform platform) {
    String a = platform.onboardNewTenant("03");
    String b = platform.onboardNewTenant("03");
    Fixtures fa = new Fixtures(platform, a);
    long person =
        fa.inProtocol(Fixtures.person("Selma", "Selezione", "\"zone\": \"Centro\""), READY);
    long vacancy =
        fa.vacancy(
            fa.company("Magazzini Selezione Srl"),
            """
            {"title": "Magazziniere", "profession": "8.1.4.3.0", "positions": 1,
             "zone": "Valle", "sector": "LOGISTICS",
             "requirements": [{"kind": "LICENCE", "value": "FORKLIFT"}]}
            """);
    JsonObject match =
        platform
            .get(fa.base() + "/vacancies/" + vacancy + "/matches")
            .json()
            .getJsonArray("items")
            .getJsonObject(0);
    assertThat(match.getJsonArray("lacks").getValuesAs(JsonObject.class))
        .anySatisfy(
            l -> {
              assertThat(l.getString("criterion")).isEqualTo("LICENCES");
              assertThat(l.getString("wanted")).isEqualTo("FORKLIFT");
            })
        .anySatisfy(
            l -> {
              assertThat(l.getString("criterion")).isEqualTo("ZONE");
              assertThat(l.getString("wanted")).isEqualTo("Valle");
              assertThat(l.getString("has")).isEqualTo("Centro");
            });
    assertThat(match.getJsonArray("missing").getValuesAs(JsonString::getString))
        .contains("licence FORKLIFT");

    Answer proposed =
        platform.post(
            fa.base() + "/vacancies/" + vacancy + "/selections",
            "{\"candidateId\": " + person + "}");
    assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
    JsonObject selection = proposed.array().getJsonObject(0);
    assertThat(selection.getString("candidateName")).isEqualTo("Selma Selezione");
    assertThat(selection.getString("vacancyTitle")).isEqualTo("Magazziniere");
    assertThat(selection.getString("companyName")).isEqualTo("Magazzini Selezione Srl");
    assertThat(
            platform
                .get(fa.base() + "/candidates/" + person + "/selections")
                .array()
                .getJsonObject(0)
                .getString("vacancyTitle"))
        .isEqualTo("Magazziniere");

    long course =
        Fixtures.id(
            platform.post(
                fa.base() + "/courses",
                """
                {"title": "Muletto", "category": "SAFETY", "provider": "Ente", "mode": "IN_PERSON",
                 "startsOn": "2026-02-01", "endsOn": "2026-02-28"}
                """));
    Answer enrolled =
        platform.post(
            fa.base() + "/courses/" + course + "/enrolments", "{\"candidateId\": " + person + "}");
    assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
    assertThat(enrolled.json().getString("candidateName")).isEqualTo("Selma Selezione");
    JsonArray ofPerson = platform.get(fa.base() + "/candidates/" + person + "/enrolments").array();
    assertThat(ofPerson).hasSize(1);
    assertThat(ofPerson.getJsonObject(0).getString("courseTitle")).isEqualTo("Muletto");

    // The other territory has no such person: not found, nothing listed.
    assertThat(platform.get("/api/t/" + b + "/candidates/" + person + "/enrolments").status())
        .isEqualTo(404);
    assertThat(platform.get("/api/t/" + b + "/courses").json().getInt("total")).isZero();
  }

  @Test
  void membersReadTheirTerritorysFactsAndNoOneElses(Platform platform) {
    String a = platform.onboardNewTenant("08");
    String b = platform.onboardNewTenant("08");
    JsonObject facts = platform.asAdminOf(a).get("/api/t/" + a + "/territory").json();
    assertThat(facts.getString("id")).isEqualTo(a);
    assertThat(facts.getString("timeZone")).isEqualTo("Europe/Rome");
    assertThat(facts.getJsonArray("zones").getValuesAs(JsonString::getString))
        .containsExactly("Centro", "Valle");
    assertThat(facts.getInt("firstInterviewSlaDays")).isPositive();
    assertThat(facts.containsKey("plugins")).as("configuration is for admins").isFalse();
    assertThat(platform.asAdminOf(a).get("/api/t/" + b + "/territory").status()).isEqualTo(403);
  }

  @Test
  void anAdminReadsItsWholeDescriptorAndNobodyElseDoes(Platform platform) {
    String a = platform.onboardNewTenant("08");
    String b = platform.onboardNewTenant("08");
    String url = "/api/t/" + a + "/territory/descriptor";
    JsonObject descriptor = platform.asAdminOf(a).get(url).json();
    assertThat(descriptor.getString("id")).isEqualTo(a);
    assertThat(descriptor.getString("region")).isEqualTo("08");
    assertThat(descriptor.getJsonArray("zones").getValuesAs(JsonString::getString))
        .containsExactly("Centro", "Valle");
    assertThat(descriptor.containsKey("federation")).isTrue();
    assertThat(platform.get(url).status()).as("an operator").isEqualTo(403);
    assertThat(platform.asAdminOf(b).get(url).status()).as("the other's admin").isEqualTo(403);
    assertThat(
            platform
                .asAdminOf(b)
                .get("/api/t/" + b + "/territory/descriptor")
                .json()
                .getString("id"))
        .isEqualTo(b);
  }

  @Test
  void aPlacementForAVacancyCompletesTheSelectionThatProducedIt(Platform platform) {
    String a = platform.onboardNewTenant("03");
    String b = platform.onboardNewTenant("03");
    Fixtures fa = new Fixtures(platform, a);
    String consent =
        "\"consent\": {\"noticeVersion\": \"1\", \"purposes\": [\"PROGRAMME\","
            + " \"SHARING_WITH_COMPANIES\"]}";
    long hired = fa.inProtocol(Fixtures.person("Ugo", "Assunto", consent), READY);
    long direct = fa.inProtocol(Fixtures.person("Dina", "Diretta", consent), READY);
    long company = fa.company("Selezioni Srl");
    long vacancy =
        fa.vacancy(
            company, "{\"title\": \"Addetto\", \"profession\": \"8.1.4.3.0\", \"positions\": 2}");
    String selections = fa.base() + "/vacancies/" + vacancy + "/selections";
    JsonObject first =
        platform.post(selections, "{\"candidateId\": " + hired + "}").array().getJsonObject(0);
    JsonObject second =
        platform.post(selections, "{\"candidateId\": " + direct + "}").array().getJsonObject(0);
    long sel = first.getJsonNumber("id").longValue();
    for (String stage : new String[] {"CV_SENT", "COMPANY_INTERVIEW", "HIRED"}) {
      long version =
          platform
              .get(fa.base() + "/selections/" + sel)
              .json()
              .getJsonNumber("version")
              .longValue();
      Answer moved =
          platform.post(
              fa.base() + "/selections/" + sel + "/stage",
              "{\"to\": \"%s\", \"version\": %d}".formatted(stage, version));
      assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    }
    JsonObject waiting = platform.get(fa.base() + "/selections/" + sel).json();
    assertThat(waiting.getString("stage")).isEqualTo("HIRED");
    assertThat(waiting.get("placementId"))
        .as("a hiring waits for its placement")
        .isIn(null, jakarta.json.JsonValue.NULL);

    String placement =
        "{\"candidateId\": %d, \"companyId\": %d, \"vacancyId\": %d, \"type\": \"HIRING\","
            + " \"contract\": \"PERMANENT\", \"startDate\": \"2026-12-01\"}";
    long p1 =
        Fixtures.id(
            platform.post(fa.base() + "/placements", placement.formatted(hired, company, vacancy)));
    assertThat(
            platform
                .get(fa.base() + "/selections/" + sel)
                .json()
                .getJsonNumber("placementId")
                .longValue())
        .isEqualTo(p1);
    assertThat(platform.get(fa.base() + "/vacancies/" + vacancy).json().getString("status"))
        .isEqualTo("IN_SELECTION");

    // A placement recorded while the selection was still under way makes it a hiring; the second
    // hiring fills the vacancy's two positions.
    long p2 =
        Fixtures.id(
            platform.post(
                fa.base() + "/placements", placement.formatted(direct, company, vacancy)));
    JsonObject completed =
        platform.get(fa.base() + "/selections/" + second.getJsonNumber("id")).json();
    assertThat(completed.getString("stage")).isEqualTo("HIRED");
    assertThat(completed.getJsonNumber("placementId").longValue()).isEqualTo(p2);
    assertThat(platform.get(fa.base() + "/vacancies/" + vacancy).json().getString("status"))
        .isEqualTo("FILLED");
    assertThat(platform.get("/api/t/" + b + "/vacancies").json().getInt("total"))
        .as("the other territory")
        .isZero();
  }
}
