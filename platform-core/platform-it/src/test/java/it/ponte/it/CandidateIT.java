package it.ponte.it;

import static org.assertj.core.api.Assertions.assertThat;

import it.ponte.it.Platform.Answer;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Registering candidates and moving them along their lifecycle, in two territories. */
@ExtendWith(PlatformExtension.class)
class CandidateIT {

  private static String candidate(String zone) {
    return """
        {"firstName": "Amina", "lastName": "Diallo", "birthDate": "1988-04-12", "gender": "FEMALE",
         "citizenship": "SN", "municipality": "Alzano Lombardo", "zone": "%s",
         "education": "LOWER_SECONDARY", "employmentStatus": "UNEMPLOYED", "didDate": "2025-11-03"}
        """
        .formatted(zone);
  }

  @Test
  void registersAndMovesACandidateSeenByItsTerritoryOnly(Platform platform) {
    String a = platform.onboardNewTenant("03");
    String b = platform.onboardNewTenant("08");

    Answer created = platform.post("/api/t/" + a + "/candidates", candidate("Valle"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonObject c = created.json();
    long id = c.getJsonNumber("id").longValue();
    assertThat(c.getString("status")).isEqualTo("REGISTERED");
    assertThat(allowed(c)).containsExactlyInAnyOrder("ASSESSED", "OUT_OF_PROTOCOL");

    String transitions = "/api/t/" + a + "/candidates/" + id + "/transitions";
    assertThat(platform.post(transitions, "{\"to\": \"ASSESSED\"}").json().getString("status"))
        .isEqualTo("ASSESSED");
    Answer skipped = platform.post(transitions, "{\"to\": \"PLACED\"}");
    JsonObject problem = ProblemResponsesIT.assertProblem(skipped, 409, "illegal-transition");
    assertThat(problem.getString("detail")).contains("IN_PROTOCOL").contains("OUT_OF_PROTOCOL");
    ProblemResponsesIT.assertProblem(
        platform.post(transitions, "{\"to\": \"OUT_OF_PROTOCOL\"}"), 422, "validation-failed");
    JsonObject out =
        platform
            .post(transitions, "{\"to\": \"OUT_OF_PROTOCOL\", \"reason\": \"UNREACHABLE\"}")
            .json();
    assertThat(out.getString("outOfProtocolReason")).isEqualTo("UNREACHABLE");
    assertThat(platform.get("/api/t/" + a + "/candidates/" + id).json().getString("status"))
        .isEqualTo("OUT_OF_PROTOCOL");

    assertThat(
            platform
                .get("/api/t/" + a + "/candidates?status=OUT_OF_PROTOCOL")
                .json()
                .getInt("total"))
        .isEqualTo(1);
    assertThat(platform.get("/api/t/" + a + "/candidates?status=REGISTERED").json().getInt("total"))
        .isZero();
    assertThat(platform.get("/api/t/" + b + "/candidates").json().getInt("total")).isZero();
    assertThat(platform.get("/api/t/" + b + "/candidates/" + id).status()).isEqualTo(404);
    assertThat(
            platform
                .post(
                    "/api/t/" + b + "/candidates/" + id + "/transitions",
                    "{\"to\": \"READMITTED\"}")
                .status())
        .isEqualTo(404);
    assertThat(platform.get("/api/t/" + a + "/candidates/" + id).json().getString("status"))
        .isEqualTo("OUT_OF_PROTOCOL");
  }

  @Test
  void refusesDataTheTerritoryDoesNotKnowAndWritesNothing(Platform platform) {
    String a = platform.onboardNewTenant("03");
    String body =
        candidate("Atlantide")
            .replace("\"SN\"", "\"XX\"")
            .replace(", \"didDate\": \"2025-11-03\"", "");

    Answer refused = platform.post("/api/t/" + a + "/candidates", body);

    JsonObject problem = ProblemResponsesIT.assertProblem(refused, 422, "validation-failed");
    List<String> pointers =
        problem.getJsonArray("errors").stream()
            .map(JsonValue::asJsonObject)
            .map(e -> e.getString("pointer"))
            .toList();
    assertThat(pointers).containsExactlyInAnyOrder("/citizenship", "/zone", "/didDate");
    assertThat(platform.get("/api/t/" + a + "/candidates").json().getInt("total")).isZero();
  }

  @Test
  void aStaleVersionIsAConflictAndChangesNothing(Platform platform) throws Exception {
    String a = platform.onboardNewTenant("03");
    JsonObject c = platform.post("/api/t/" + a + "/candidates", candidate("Centro")).json();
    long id = c.getJsonNumber("id").longValue();
    long version = c.getJsonNumber("version").longValue();
    String transitions = "/api/t/" + a + "/candidates/" + id + "/transitions";

    JsonObject assessed =
        platform.post(transitions, "{\"to\": \"ASSESSED\", \"version\": " + version + "}").json();
    assertThat(assessed.getJsonNumber("version").longValue()).isGreaterThan(version);

    // A second operator who read the candidate before that change.
    Answer stale =
        platform.post(
            transitions,
            "{\"to\": \"OUT_OF_PROTOCOL\", \"reason\": \"OTHER\", \"version\": " + version + "}");
    ProblemResponsesIT.assertProblem(stale, 409, "stale-version");
    assertThat(platform.get("/api/t/" + a + "/candidates/" + id).json().getString("status"))
        .isEqualTo("ASSESSED");

    // Two moves at the same instant from the same version: exactly one wins.
    long current = assessed.getJsonNumber("version").longValue();
    String move = "{\"to\": \"IN_PROTOCOL\", \"version\": " + current + "}";
    var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      var first = pool.submit(() -> platform.post(transitions, move).status());
      var second = pool.submit(() -> platform.post(transitions, move).status());
      assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder(200, 409);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theFirstInterviewAssessesTheCandidateAndTheSlaIsWatched(Platform platform) throws Exception {
    String a = platform.onboardNewTenant("03");
    String b = platform.onboardNewTenant("03");
    JsonObject c = platform.post("/api/t/" + a + "/candidates", candidate("Centro")).json();
    long id = c.getJsonNumber("id").longValue();
    assertThat(c.getBoolean("firstInterviewOverdue")).isFalse();
    String interviews = "/api/t/" + a + "/candidates/" + id + "/interviews";

    Answer scheduled =
        platform.post(interviews, "{\"scheduledAt\": \"2026-03-10T10:00:00+01:00\"}");
    assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(201);
    long interview = scheduled.json().getJsonNumber("id").longValue();
    String assessment = interviews + "/" + interview + "/assessment";
    String outcome =
        "{\"profileType\": \"IN_TARGET\", \"readiness\": \"READY\", \"employability\": \"WITH_SUPPORT\","
            + " \"sectors\": [\"LOGISTICS\", \"CLEANING\"]}";

    assertThat(
            platform
                .post(
                    "/api/t/"
                        + b
                        + "/candidates/"
                        + id
                        + "/interviews/"
                        + interview
                        + "/assessment",
                    outcome)
                .status())
        .isEqualTo(404);
    JsonObject done = platform.post(assessment, outcome).json();
    assertThat(done.getString("readiness")).isEqualTo("READY");
    assertThat(done.getJsonArray("sectors").getValuesAs(JsonString::getString))
        .containsExactly("CLEANING", "LOGISTICS");
    assertThat(done.getString("interviewer")).isEqualTo("op-" + a);
    ProblemResponsesIT.assertProblem(
        platform.post(assessment, outcome), 409, "interview-completed");

    JsonObject assessed = platform.get("/api/t/" + a + "/candidates/" + id).json();
    assertThat(assessed.getString("status")).isEqualTo("ASSESSED");
    assertThat(assessed.containsKey("firstInterviewAt")).isTrue();
    assertThat(assessed.getBoolean("firstInterviewOverdue")).isFalse();
    assertThat(platform.get("/api/t/" + b + "/candidates/" + id + "/interviews").status())
        .isEqualTo(404);

    // A candidate registered 30 days ago and never interviewed is past the 20-day target.
    long late =
        platform
            .post("/api/t/" + a + "/candidates", candidate("Valle"))
            .json()
            .getJsonNumber("id")
            .longValue();
    try (var connection = platform.jdbc();
        var statement = connection.createStatement()) {
      statement.execute(
          "UPDATE t_"
              + a.replace('-', '_')
              + ".candidate SET registered_at = now() - interval '30 days' WHERE id = "
              + late);
    }
    assertThat(
            platform
                .get("/api/t/" + a + "/candidates/" + late)
                .json()
                .getBoolean("firstInterviewOverdue"))
        .isTrue();
  }

  private static List<String> allowed(JsonObject candidate) {
    return candidate.getJsonArray("allowedTransitions").getValuesAs(JsonString::getString);
  }

  @Test
  void datesAreCheckedAgainstTheTerritorysCalendar(Platform platform) {
    String a = platform.onboardNewTenant("08");
    String b = platform.onboardNewTenant("08");
    // Today in Rome, whatever the server's own zone: a DID dated today is fine, tomorrow is not.
    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Rome"));
    Answer todays =
        platform.post(
            "/api/t/" + a + "/candidates",
            """
            {"firstName": "Oggi", "lastName": "Did", "birthDate": "1990-01-01", "gender": "MALE",
             "citizenship": "IT", "employmentStatus": "UNEMPLOYED", "didDate": "%s"}
            """
                .formatted(today));
    assertThat(todays.status()).as(todays.body()).isEqualTo(201);
    Answer tomorrows =
        platform.post(
            "/api/t/" + a + "/candidates",
            """
            {"firstName": "Domani", "lastName": "Did", "birthDate": "1990-01-01", "gender": "MALE",
             "citizenship": "IT", "employmentStatus": "UNEMPLOYED", "didDate": "%s"}
            """
                .formatted(today.plusDays(1)));
    assertThat(tomorrows.status()).isEqualTo(422);
    assertThat(tomorrows.body()).contains("/didDate");
    assertThat(platform.get("/api/t/" + a + "/candidates?q=Did").json().getInt("total"))
        .isEqualTo(1);
    assertThat(platform.get("/api/t/" + b + "/candidates?q=Did").json().getInt("total"))
        .as("the other territory")
        .isZero();
  }

  @Test
  void aPersonRecordsWhoSentThemAndAPartnerIsOneOfTheTerritorys(Platform platform) {
    String a = platform.onboardNewTenant("08");
    String b = platform.onboardNewTenant("08");
    String base = "/api/t/" + a + "/candidates";
    Answer partner =
        platform.post(
            base,
            Fixtures.person(
                "Inviata",
                "Dal Comune",
                "\"referral\": \"PARTNER\", \"referralPartner\": \"Comune\""));
    assertThat(partner.status()).as(partner.body()).isEqualTo(201);
    assertThat(partner.json().getString("referral")).isEqualTo("PARTNER");
    assertThat(partner.json().getString("referralPartner")).isEqualTo("Comune");
    for (String wrong :
        List.of(
            "\"referral\": \"PARTNER\"",
            "\"referral\": \"PARTNER\", \"referralPartner\": \"Altro Ente\"",
            "\"referral\": \"SOCIAL_SERVICES\", \"referralPartner\": \"Comune\"")) {
      Answer refused = platform.post(base, Fixtures.person("Rifiutata", "Invio", wrong));
      assertThat(refused.status()).as(wrong).isEqualTo(422);
      assertThat(refused.body()).contains("/referralPartner");
    }
    // A correction changes the referral with the version read.
    long id = partner.json().getJsonNumber("id").longValue();
    long version = partner.json().getJsonNumber("version").longValue();
    Answer corrected =
        platform.put(
            base + "/" + id,
            Fixtures.person(
                "Inviata", "Dal Comune", "\"referral\": \"JOB_CENTRE\", \"version\": " + version));
    assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
    assertThat(corrected.json().getString("referral")).isEqualTo("JOB_CENTRE");
    assertThat(
            corrected.json().containsKey("referralPartner")
                && !corrected.json().isNull("referralPartner"))
        .isFalse();
    assertThat(platform.get(base + "?q=Invio").json().getInt("total")).isZero();
    assertThat(platform.get("/api/t/" + b + "/candidates?q=Comune").json().getInt("total"))
        .as("the other territory")
        .isZero();
  }

  @Test
  void notCollaboratingRestsOnMissedInterviewsOrUnansweredAttempts(Platform platform) {
    String a = platform.onboardNewTenant("08");
    String b = platform.onboardNewTenant("08");
    Fixtures fa = new Fixtures(platform, a);
    long absent = fa.register(Fixtures.person("Assente", "Due Volte", ""));
    long silent = fa.register(Fixtures.person("Silenzio", "Al Telefono", ""));
    String out = "{\"to\": \"OUT_OF_PROTOCOL\", \"reason\": \"NOT_COLLABORATING\"}";
    String absentUrl = fa.base() + "/candidates/" + absent;
    Answer refused = platform.post(absentUrl + "/transitions", out);
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.body()).contains("no-evidence").contains("0 missed, 0 unanswered");
    assertThat(platform.get(absentUrl).json().getString("status")).isEqualTo("REGISTERED");

    for (String when : List.of("2026-03-02T10:00:00+01:00", "2026-03-09T10:00:00+01:00")) {
      long interview =
          Fixtures.id(
              platform.post(absentUrl + "/interviews", "{\"scheduledAt\": \"" + when + "\"}"));
      Answer missed = platform.post(absentUrl + "/interviews/" + interview + "/no-show", "{}");
      assertThat(missed.status()).as(missed.body()).isEqualTo(200);
      assertThat(missed.json().getString("missedAt")).isNotBlank();
      // A missed interview is not assessed, nor missed twice.
      assertThat(
              platform
                  .post(
                      absentUrl + "/interviews/" + interview + "/assessment",
                      "{\"profileType\": \"IN_TARGET\", \"readiness\": \"READY\"}")
                  .body())
          .contains("interview-missed");
      assertThat(platform.post(absentUrl + "/interviews/" + interview + "/no-show", "{}").status())
          .isEqualTo(409);
    }
    assertThat(platform.post(absentUrl + "/transitions", out).status()).isEqualTo(200);

    String silentUrl = fa.base() + "/candidates/" + silent;
    for (String outcome : List.of("NO_ANSWER", "REACHED", "NO_ANSWER")) {
      assertThat(
              platform
                  .post(
                      silentUrl + "/contact-attempts",
                      "{\"channel\": \"PHONE\", \"outcome\": \"" + outcome + "\"}")
                  .status())
          .isEqualTo(201);
    }
    assertThat(platform.post(silentUrl + "/transitions", out).body())
        .as("two unanswered attempts are not enough")
        .contains("no-evidence");
    platform.post(
        silentUrl + "/contact-attempts", "{\"channel\": \"SMS\", \"outcome\": \"WRONG_CONTACT\"}");
    assertThat(platform.post(silentUrl + "/transitions", out).status()).isEqualTo(200);
    assertThat(platform.get(silentUrl + "/contact-attempts").jsonStructure().asJsonArray())
        .hasSize(4);
    assertThat(
            platform
                .post(
                    silentUrl + "/contact-attempts",
                    "{\"channel\": \"PHONE\", \"outcome\": \"NO_ANSWER\", \"at\": \"2999-01-01T10:00:00Z\"}")
                .status())
        .isEqualTo(422);
    assertThat(platform.get("/api/t/" + b + "/candidates/" + silent + "/contact-attempts").status())
        .as("the other territory")
        .isEqualTo(404);
  }

  @Test
  void aTerritoryWithoutAnEmployabilityScaleRecordsNone(Platform platform) {
    String id = "noscale" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    String descriptor =
        Descriptors.valid(id, "08").replaceAll(",\\s*\"employability\": \\[[^\\]]*\\]", "");
    assertThat(descriptor).doesNotContain("employability");
    Answer onboarded = platform.post("/api/platform/tenants", descriptor);
    assertThat(onboarded.status()).as(onboarded.body()).isEqualTo(201);
    String other = platform.onboardNewTenant("08");
    Fixtures f = new Fixtures(platform, id);
    long person = f.register(Fixtures.person("Senza", "Scala", ""));
    String interviews = f.base() + "/candidates/" + person + "/interviews";
    long interview =
        Fixtures.id(platform.post(interviews, "{\"scheduledAt\": \"2026-03-10T10:00:00+01:00\"}"));
    Answer refused =
        platform.post(
            interviews + "/" + interview + "/assessment",
            "{\"profileType\": \"IN_TARGET\", \"readiness\": \"READY\", \"employability\": \"POORLY\"}");
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.body()).contains("/employability");
    assertThat(
            platform
                .post(
                    interviews + "/" + interview + "/assessment",
                    "{\"profileType\": \"IN_TARGET\", \"readiness\": \"READY\"}")
                .status())
        .isEqualTo(200);
    assertThat(platform.get(f.base() + "/territory").json().getJsonObject("scales").keySet())
        .containsExactly("readiness");
    // The other territory has the scale and records it.
    Fixtures fo = new Fixtures(platform, other);
    long someone =
        fo.inProtocol(
            Fixtures.person("Con", "Scala", ""),
            "{\"profileType\": \"IN_TARGET\", \"readiness\": \"READY\", \"employability\": \"POORLY\"}");
    assertThat(platform.get(fo.base() + "/candidates/" + someone).json().getString("employability"))
        .isEqualTo("POORLY");
    // A scale with the wrong number of levels is refused with the descriptor.
    Answer wrong =
        platform.post(
            "/api/platform/tenants",
            Descriptors.valid(id + "x", "08").replace("\"poco\"]", "\"poco\", \"per nulla\"]"));
    assertThat(wrong.status()).isEqualTo(422);
    assertThat(wrong.body()).contains("/scales/employability");
  }

  @Test
  void aPersonsZoneFollowsTheirIstatMunicipality(Platform platform) {
    String bo = "comuni" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    String municipalities =
        "\"municipalities\": {\"provinces\": [\"%s\"], \"zones\": {\"Centro\": [\"%s\"]},"
            + " \"otherwise\": \"Valle\"}, \"plugins\"";
    Answer onboarded =
        platform.post(
            "/api/platform/tenants",
            Descriptors.valid(bo, "08")
                .replace("\"plugins\"", municipalities.formatted("BO", "Bologna")));
    assertThat(onboarded.status()).as(onboarded.body()).isEqualTo(201);
    String bg = bo + "b";
    assertThat(
            platform
                .post(
                    "/api/platform/tenants",
                    Descriptors.valid(bg, "03")
                        .replace("\"plugins\"", municipalities.formatted("BG", "Bergamo")))
                .status())
        .isEqualTo(201);
    Fixtures f = new Fixtures(platform, bo);

    // The zone follows from the municipality, written as ISTAT writes it.
    Answer registered =
        platform.post(
            f.base() + "/candidates",
            Fixtures.person("Rita", "Reno", "\"municipality\": \"casalecchio di reno\""));
    assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    assertThat(registered.json().getString("municipality")).isEqualTo("Casalecchio di Reno");
    assertThat(registered.json().getString("zone")).isEqualTo("Valle");
    Answer byCode =
        platform.post(
            f.base() + "/candidates",
            Fixtures.person("Bruna", "Centro", "\"municipality\": \"037006\""));
    assertThat(byCode.json().getString("municipality")).isEqualTo("Bologna");
    assertThat(byCode.json().getString("zone")).isEqualTo("Centro");

    // A zone that contradicts the municipality, and a municipality of another province, are
    // refused on their field and write nothing.
    Answer contradicting =
        platform.post(
            f.base() + "/candidates",
            Fixtures.person(
                "Zeno", "Sbagliato", "\"municipality\": \"Bologna\", \"zone\": \"Valle\""));
    assertThat(contradicting.status()).isEqualTo(422);
    assertThat(contradicting.body()).contains("/zone").contains("Bologna is in the zone Centro");
    Answer elsewhere =
        platform.post(
            f.base() + "/candidates",
            Fixtures.person("Alba", "Altrove", "\"municipality\": \"Albino\""));
    assertThat(elsewhere.status()).isEqualTo(422);
    assertThat(elsewhere.body()).contains("/municipality");
    assertThat(platform.get(f.base() + "/candidates").json().getInt("total")).isEqualTo(2);

    // Members and the public form read the list; Bergamo's territory has its own and knows Albino.
    JsonObject territory = platform.get(f.base() + "/territory").json();
    assertThat(territory.getJsonArray("municipalities")).hasSize(55);
    assertThat(territory.getJsonArray("municipalities").getValuesAs(JsonObject.class))
        .anySatisfy(
            m -> {
              assertThat(m.getString("code")).isEqualTo("037006");
              assertThat(m.getString("zone")).isEqualTo("Centro");
            });
    assertThat(
            platform
                .anonymous()
                .send("GET", f.base() + "/public/municipalities", null, null)
                .jsonStructure()
                .asJsonArray())
        .hasSize(55);
    Fixtures fb = new Fixtures(platform, bg);
    Answer albino =
        platform.post(
            fb.base() + "/candidates",
            Fixtures.person("Alba", "Seriana", "\"municipality\": \"Albino\""));
    assertThat(albino.status()).as(albino.body()).isEqualTo(201);
    assertThat(albino.json().getString("zone")).isEqualTo("Valle");
    assertThat(platform.get(fb.base() + "/candidates").json().getInt("total")).isEqualTo(1);
    assertThat(platform.get(fb.base() + "/territory").json().getJsonArray("municipalities"))
        .hasSize(243);

    // A descriptor naming a municipality outside its provinces is refused.
    Answer wrong =
        platform.post(
            "/api/platform/tenants",
            Descriptors.valid(bo + "x", "08")
                .replace("\"plugins\"", municipalities.formatted("BO", "Albino")));
    assertThat(wrong.status()).isEqualTo(422);
    assertThat(wrong.body()).contains("/municipalities/zones/Centro/0");
  }
}
