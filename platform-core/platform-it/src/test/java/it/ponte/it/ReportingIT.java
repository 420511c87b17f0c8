package it.ponte.it;

import static it.ponte.it.ProblemResponsesIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ponte.it.Platform.Answer;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tenant activity reports on a hand-built dataset, and federated reports with disclosure control.
 */
@ExtendWith(PlatformExtension.class)
class ReportingIT {

  private static final String ASSESSMENT =
      "{\"profileType\": \"IN_TARGET\", \"readiness\": \"READY\", \"sectors\": [\"LOGISTICS\"]}";

  private static String schema(String tenant) {
    return "t_" + tenant.replace('-', '_');
  }

  private static void sql(Platform platform, String... statements) throws SQLException {
    try (Connection c = platform.jdbc();
        Statement s = c.createStatement()) {
      for (String statement : statements) {
        s.execute(statement);
      }
    }
  }

  static Map<String, JsonObject> tables(JsonObject report) {
    Map<String, JsonObject> tables = new LinkedHashMap<>();
    for (JsonValue t : report.getJsonArray("tables")) {
      tables.put(t.asJsonObject().getString("id"), t.asJsonObject());
    }
    return tables;
  }

  /** A table's rows as text, the way the CSV writes them. */
  static List<List<String>> rows(JsonObject table) {
    List<List<String>> rows = new ArrayList<>();
    for (JsonValue row : table.getJsonArray("rows")) {
      List<String> cells = new ArrayList<>();
      for (JsonValue v : row.asJsonArray()) {
        cells.add(
            switch (v.getValueType()) {
              case NULL -> "";
              case STRING -> ((JsonString) v).getString();
              case NUMBER -> ((JsonNumber) v).toString();
              default -> v.toString();
            });
      }
      rows.add(cells);
    }
    return rows;
  }

  private static List<String> row(String... cells) {
    return List.of(cells);
  }

  @Test
  void everyFigureOfAHandBuiltPeriodAsJsonAndCsv(Platform platform) throws Exception {
    String a = platform.onboardNewTenant("08");
    String b = platform.onboardNewTenant("08");
    Fixtures fa = new Fixtures(platform, a);
    long c1 = fa.inProtocol(Fixtures.person("Anna", "Uno", ""), ASSESSMENT);
    long c2 = fa.inProtocol(Fixtures.person("Bruno", "Due", ""), ASSESSMENT);
    long c3 = fa.inProtocol(Fixtures.person("Carla", "Tre", ""), ASSESSMENT);
    long c4 = fa.register(Fixtures.person("Dario", "Quattro", ""));
    long c5 = fa.register(Fixtures.person("Elena", "Cinque", ""));
    String s = schema(a);
    // Instants in UTC; Rome is UTC+1 until 29 March 2026, UTC+2 after.
    sql(
        platform,
        "UPDATE "
            + s
            + ".candidate SET registered_at = '2026-02-10T10:00:00Z', first_interview_at = '2026-02-20T10:00:00Z',"
            + " profile_type = 'IN_TARGET', readiness = 'READY', employability = 'IMMEDIATELY', gender = 'FEMALE',"
            + " citizenship = 'IT', birth_date = '1995-05-01', zone = 'Centro', education = 'DEGREE',"
            + " italian_level = 'B2', languages = 'en,fr', licences = 'DRIVING_B',"
            + " difficulties = 'LANGUAGE,MOBILITY' WHERE id = "
            + c1,
        // 23:30 UTC on 28 Feb is 00:30 on 1 March in Rome: a March registration.
        "UPDATE "
            + s
            + ".candidate SET registered_at = '2026-02-28T23:30:00Z', first_interview_at = '2026-03-05T10:00:00Z',"
            + " profile_type = 'FRAGILE', readiness = 'NOT_READY', employability = 'WITH_SUPPORT', gender = 'MALE',"
            + " citizenship = 'SN', birth_date = '1980-01-01', zone = 'Centro', education = 'LOWER_SECONDARY',"
            + " italian_level = 'A2', languages = 'fr', difficulties = 'HEALTH' WHERE id = "
            + c2,
        // Interviewed at 00:30 on 1 April in Rome (22:30 UTC on 31 March), her 35th birthday: 35
        // on the local day of the interview (still 34 on the UTC day). Registered 22 days
        // before: later than the territory's 20.
        "UPDATE "
            + s
            + ".candidate SET registered_at = '2026-03-10T09:00:00Z', first_interview_at = '2026-03-31T22:30:00Z',"
            + " profile_type = 'IN_TARGET', readiness = 'READY', employability = 'IMMEDIATELY', gender = 'FEMALE',"
            + " citizenship = 'IT', birth_date = '1991-04-01' WHERE id = "
            + c3,
        "UPDATE " + s + ".candidate SET registered_at = '2026-03-31T22:30:00Z' WHERE id = " + c4,
        "UPDATE "
            + s
            + ".candidate SET referral = 'SOCIAL_SERVICES' WHERE id IN ("
            + c1
            + ", "
            + c3
            + ")",
        "UPDATE "
            + s
            + ".candidate SET referral = 'PARTNER', referral_partner = 'Comune' WHERE id = "
            + c2,
        // 00:30 on 1 May in Rome: after the period.
        "UPDATE " + s + ".candidate SET registered_at = '2026-04-30T22:30:00Z' WHERE id = " + c5);
    long x = fa.company("Alfa Srl");
    long y = fa.company("Beta Coop");
    String placements = fa.base() + "/placements";
    assertThat(
            platform
                .post(
                    placements,
                    "{\"candidateId\": %d, \"companyId\": %d, \"type\": \"HIRING\", \"contract\": \"PERMANENT\", \"startDate\": \"2026-03-02\", \"hoursPerWeek\": 38}"
                        .formatted(c1, x))
                .status())
        .isEqualTo(201);
    Answer tirocinio =
        platform.post(
            placements,
            "{\"candidateId\": %d, \"companyId\": %d, \"type\": \"TIROCINIO\", \"startDate\": \"2026-03-10\", \"endDate\": \"2026-04-09\", \"hoursPerWeek\": 30, \"monthlyAllowance\": 450}"
                .formatted(c2, y));
    assertThat(tirocinio.status()).as(tirocinio.body()).isEqualTo(201);
    Answer hired =
        platform.post(
            placements,
            "{\"candidateId\": %d, \"companyId\": %d, \"type\": \"HIRING\", \"contract\": \"FIXED_TERM\", \"startDate\": \"2026-04-10\", \"endDate\": \"2027-04-09\", \"hoursPerWeek\": 38, \"previousId\": %d, \"link\": \"TRANSFORMATION\"}"
                .formatted(c2, y, tirocinio.json().getJsonNumber("id").longValue()));
    assertThat(hired.status()).as(hired.body()).isEqualTo(201);
    assertThat(
            platform
                .post(
                    placements,
                    "{\"candidateId\": %d, \"companyId\": %d, \"type\": \"HIRING\", \"contract\": \"ON_CALL\", \"startDate\": \"2026-05-05\"}"
                        .formatted(c3, x))
                .status())
        .as("after the period")
        .isEqualTo(201);
    // A family that is not in the Board hires too.
    Answer family =
        platform.post(
            fa.base() + "/companies",
            "{\"name\": \"Famiglia Rossi\", \"vatNumber\": \"%s\"}"
                .formatted(TestData.vatNumber(System.nanoTime() % 1_000_000_000L)));
    assertThat(family.status()).as(family.body()).isEqualTo(201);
    assertThat(
            platform
                .post(
                    placements,
                    "{\"candidateId\": %d, \"companyId\": %d, \"type\": \"HIRING\", \"contract\": \"FIXED_TERM\", \"startDate\": \"2026-04-20\", \"endDate\": \"2026-10-19\", \"hoursPerWeek\": 20}"
                        .formatted(c1, family.json().getJsonNumber("id").longValue()))
                .status())
        .isEqualTo(201);
    Answer course =
        platform.post(
            fa.base() + "/courses",
            "{\"title\": \"Magazzino\", \"category\": \"TECHNICAL\", \"provider\": \"Ente\", \"mode\": \"IN_PERSON\", \"startsOn\": \"2026-03-01\", \"endsOn\": \"2026-03-20\"}");
    String courseUrl = fa.base() + "/courses/" + course.json().getJsonNumber("id");
    platform.post(courseUrl + "/enrolments", "{\"candidateId\": " + c1 + "}");
    platform.post(courseUrl + "/enrolments", "{\"candidateId\": " + c2 + "}");

    // Two people leave the protocol in April and are surveyed; the later survey of each counts.
    platform.post(
        fa.base() + "/candidates/" + c4 + "/transitions",
        "{\"to\": \"OUT_OF_PROTOCOL\", \"reason\": \"UNREACHABLE\"}");
    platform.post(
        fa.base() + "/candidates/" + c5 + "/transitions",
        "{\"to\": \"OUT_OF_PROTOCOL\", \"reason\": \"EMPLOYED\"}");
    sql(
        platform,
        "UPDATE "
            + s
            + ".candidate SET status_changed_at = '2026-04-15T10:00:00Z' WHERE id = "
            + c4,
        "UPDATE "
            + s
            + ".candidate SET status_changed_at = '2026-04-28T10:00:00Z' WHERE id = "
            + c5);
    String followUps4 = fa.base() + "/candidates/" + c4 + "/follow-ups";
    assertThat(
            platform
                .post(
                    followUps4,
                    "{\"surveyedOn\": \"2026-04-20\", \"working\": false, \"offersReceived\": 2}")
                .status())
        .isEqualTo(201);
    assertThat(
            platform
                .post(
                    followUps4,
                    "{\"surveyedOn\": \"2026-04-25\", \"working\": true, \"contract\": \"FIXED_TERM\", \"offersReceived\": 3}")
                .status())
        .isEqualTo(201);
    String followUps5 = fa.base() + "/candidates/" + c5 + "/follow-ups";
    assertThat(
            platform
                .post(
                    followUps5,
                    "{\"surveyedOn\": \"2026-04-28\", \"working\": false, \"offersReceived\": 0}")
                .status())
        .isEqualTo(201);
    assertThat(
            platform
                .post(
                    followUps5,
                    "{\"surveyedOn\": \"2026-05-10\", \"working\": true, \"offersReceived\": 1}")
                .status())
        .isEqualTo(201);
    assertProblem(
        platform.post(
            followUps5,
            "{\"surveyedOn\": \"2026-05-11\", \"working\": false, \"contract\": \"PERMANENT\"}"),
        409,
        "contract-without-work");
    // Surveys sent without an answer: a later one of Dario's does not hide his answer, and Carla
    // (placed, then out) never answered. An unanswered survey carries no answer.
    assertThat(
            platform
                .post(followUps4, "{\"surveyedOn\": \"2026-04-27\", \"answered\": false}")
                .status())
        .isEqualTo(201);
    assertProblem(
        platform.post(
            followUps4, "{\"surveyedOn\": \"2026-04-28\", \"answered\": false, \"working\": true}"),
        422,
        "validation-failed");
    assertProblem(
        platform.post(followUps4, "{\"surveyedOn\": \"2026-04-28\"}"), 422, "validation-failed");
    assertThat(
            platform
                .post(
                    fa.base() + "/candidates/" + c3 + "/transitions",
                    "{\"to\": \"OUT_OF_PROTOCOL\", \"reason\": \"OTHER\"}")
                .status())
        .isEqualTo(200);
    assertThat(
            platform
                .post(
                    fa.base() + "/candidates/" + c3 + "/follow-ups",
                    "{\"surveyedOn\": \"2026-04-22\", \"answered\": false}")
                .status())
        .isEqualTo(201);
    assertProblem(
        platform.post(
            fa.base() + "/candidates/" + c1 + "/follow-ups",
            "{\"surveyedOn\": \"2026-04-20\", \"working\": true}"),
        409,
        "not-out-of-protocol");
    assertThat(platform.get(followUps5).jsonStructure().asJsonArray()).hasSize(2);
    assertThat(platform.get("/api/t/" + b + "/candidates/" + c5 + "/follow-ups").status())
        .isEqualTo(404);

    String url = fa.base() + "/reports/activity?from=2026-02-01&to=2026-04-30";
    JsonObject report = platform.get(url).json();
    assertThat(report.getString("timeZone")).isEqualTo("Europe/Rome");
    Map<String, JsonObject> t = tables(report);
    assertThat(rows(t.get("registrations-by-month")))
        .containsExactly(row("2026-02", "1"), row("2026-03", "2"), row("2026-04", "1"));
    assertThat(rows(t.get("registrations-by-referral")))
        .containsExactly(
            row("SOCIAL_SERVICES", "", "2", "4", "50.0"),
            row("PARTNER", "Comune", "1", "4", "25.0"),
            row("UNKNOWN", "", "1", "4", "25.0"));
    assertThat(rows(t.get("interviewed"))).containsExactly(row("3"));
    // Bologna's shares: the profile among the interviewed, then the in-target people (fragile
    // profiles inside) by readiness.
    assertThat(rows(t.get("assessment-shares")))
        .containsExactly(
            row("strong", "0", "3", "0.0"),
            row("in target", "3", "3", "100.0"),
            row("in target: ready", "2", "3", "66.7"),
            row("in target: not ready", "1", "3", "33.3"),
            row("in target: fragile profile", "1", "3", "33.3"),
            row("in target: assessment not finished", "0", "3", "0.0"));
    // 10, 4 and 22 calendar days from registration: two within the 20-day target.
    assertThat(rows(t.get("first-interview-sla")))
        .containsExactly(row("20", "3", "2", "66.7", "10.0"));
    assertThat(rows(t.get("interviewed-profile")))
        .containsExactly(
            row("ageBand", "30_39", "2", "3", "66.7"),
            row("ageBand", "40_49", "1", "3", "33.3"),
            row("zone", "Centro", "2", "3", "66.7"),
            row("zone", "UNKNOWN", "1", "3", "33.3"),
            row("education", "DEGREE", "1", "3", "33.3"),
            row("education", "LOWER_SECONDARY", "1", "3", "33.3"),
            row("education", "UNKNOWN", "1", "3", "33.3"),
            row("italianLevel", "A2", "1", "3", "33.3"),
            row("italianLevel", "B2", "1", "3", "33.3"),
            row("italianLevel", "UNKNOWN", "1", "3", "33.3"),
            row("languages", "en", "1", "3", "33.3"),
            row("languages", "fr", "2", "3", "66.7"),
            row("licences", "DRIVING_B", "1", "3", "33.3"),
            row("difficulties", "HEALTH", "1", "3", "33.3"),
            row("difficulties", "LANGUAGE", "1", "3", "33.3"),
            row("difficulties", "MOBILITY", "1", "3", "33.3"));
    assertThat(rows(t.get("difficulties-by-employability")))
        .containsExactly(
            row("HEALTH", "WITH_SUPPORT", "1"),
            row("LANGUAGE", "IMMEDIATELY", "1"),
            row("MOBILITY", "IMMEDIATELY", "1"),
            row("NONE_RECORDED", "IMMEDIATELY", "1"));
    assertThat(rows(t.get("placements-by-month")))
        .containsExactly(row("2026-02", "0"), row("2026-03", "2"), row("2026-04", "2"));
    assertThat(rows(t.get("placements-by-type")))
        .containsExactly(row("HIRING", "3", "4", "75.0"), row("TIROCINIO", "1", "4", "25.0"));
    // Only placements with a contract: the tirocinio is not a row and not in the denominator.
    assertThat(rows(t.get("placements-by-contract")))
        .containsExactly(row("FIXED_TERM", "2", "3", "66.7"), row("PERMANENT", "1", "3", "33.3"));
    assertThat(rows(t.get("people-placed"))).containsExactly(row("4", "2"));
    assertThat(rows(t.get("permanent-share-by-year")))
        .containsExactly(row("2026", "1", "3", "33.3"));
    assertThat(rows(t.get("interviewed-splits")))
        .containsExactly(
            row("gender", "FEMALE", "2", "3", "66.7"),
            row("gender", "MALE", "1", "3", "33.3"),
            row("nationality", "FOREIGN", "1", "3", "33.3"),
            row("nationality", "ITALIAN", "2", "3", "66.7"),
            row("age", "FROM_35", "2", "3", "66.7"),
            row("age", "UNDER_35", "1", "3", "33.3"));
    assertThat(rows(t.get("placed-splits")))
        .containsExactly(
            row("gender", "FEMALE", "1", "2", "50.0"),
            row("gender", "MALE", "1", "2", "50.0"),
            row("nationality", "FOREIGN", "1", "2", "50.0"),
            row("nationality", "ITALIAN", "1", "2", "50.0"),
            row("age", "FROM_35", "1", "2", "50.0"),
            row("age", "UNDER_35", "1", "2", "50.0"));
    // Every organisation that placed someone, Board member or not; ties share a rank.
    assertThat(rows(t.get("board-companies")))
        .containsExactly(
            row("1", "Beta Coop", "true", "2", "1"),
            row("2", "Alfa Srl", "true", "1", "1"),
            row("2", "Famiglia Rossi", "false", "1", "1"));
    assertThat(rows(t.get("board-size"))).containsExactly(row("2026", "2026-04-30", "2"));
    // Registered in December (today), but all three placed someone in the period.
    assertThat(rows(t.get("companies-contacted"))).containsExactly(row("3"));
    assertThat(rows(t.get("stage-outcomes")))
        .containsExactly(
            row("2026", "TIROCINIO", "continued", "0", "1", "0.0"),
            row("2026", "TIROCINIO", "turned into hiring", "1", "1", "100.0"));
    assertThat(rows(t.get("stage-hirings-by-contract")))
        .containsExactly(row("2026", "TIROCINIO", "FIXED_TERM", "1"));
    assertThat(rows(t.get("course-rates")))
        .containsExactly(row("Magazzino", "2026-03-01", "2", "4", "2", "200.0", "100.0"));
    assertThat(rows(t.get("out-of-protocol")))
        .containsExactly(row("EMPLOYED", "1"), row("UNREACHABLE", "1"));
    assertThat(rows(t.get("follow-up")))
        .containsExactly(
            row("answered", "2", "3", "66.7"),
            row("working", "1", "2", "50.0"),
            row("received offers", "1", "2", "50.0"));
    assertThat(rows(t.get("follow-up-contracts")))
        .containsExactly(row("FIXED_TERM", "1", "1", "100.0"));
    assertThat(rows(t.get("follow-up-offers")))
        .containsExactly(
            row("NONE", "1", "2", "50.0"),
            row("ONE", "0", "2", "0.0"),
            row("TWO", "0", "2", "0.0"),
            row("THREE_OR_MORE", "1", "2", "50.0"));
    assertThat(rows(t.get("employability")))
        .containsExactly(
            row("IMMEDIATELY", "2", "3", "66.7"), row("WITH_SUPPORT", "1", "3", "33.3"));

    // The CSV has the same tables with the same values.
    Answer csv = platform.get(url, "text/csv");
    assertThat(csv.status()).isEqualTo(200);
    Map<String, List<List<String>>> csvTables = new LinkedHashMap<>();
    String current = null;
    for (String line : csv.body().split("\r\n")) {
      if (line.startsWith("# ")) {
        current = line.substring(2, line.indexOf(':'));
        csvTables.put(current, new ArrayList<>());
      } else if (!line.isEmpty() && current != null) {
        csvTables.get(current).add(List.of(line.split(",", -1)));
      }
    }
    for (Map.Entry<String, JsonObject> e : t.entrySet()) {
      List<List<String>> expected = new ArrayList<>();
      expected.add(e.getValue().getJsonArray("columns").getValuesAs(JsonString::getString));
      expected.addAll(rows(e.getValue()));
      assertThat(csvTables.get(e.getKey())).as(e.getKey()).isEqualTo(expected);
    }

    // The other territory's report over the same period counts nothing of this.
    Map<String, JsonObject> other =
        tables(
            platform.get("/api/t/" + b + "/reports/activity?from=2026-02-01&to=2026-04-30").json());
    assertThat(rows(other.get("interviewed"))).containsExactly(row("0"));
    assertThat(rows(other.get("people-placed"))).containsExactly(row("0", "0"));
    assertThat(rows(other.get("board-companies"))).isEmpty();

    assertProblem(
        platform.get(fa.base() + "/reports/activity?from=2026-04-30&to=2026-02-01"),
        422,
        "validation-failed");
    assertProblem(
        platform.get(fa.base() + "/reports/activity?from=2026-02-01"), 422, "validation-failed");
    assertThat(platform.get(fa.base() + "/reports/activity?from=yesterday&to=2026-02-01").status())
        .isEqualTo(400);
  }

  /**
   * Ages at the interview's local day for people whose birthday moves them into another band during
   * the period (the report computes these apart from everyone else), and days to the interview
   * counted from a registration years before the period.
   */
  @Test
  void agesAtTheInterviewAcrossABirthdayInThePeriodAndDaysFromAnOldRegistration(Platform platform)
      throws Exception {
    String a = platform.onboardNewTenant("08");
    String b = platform.onboardNewTenant("08");
    Fixtures fa = new Fixtures(platform, a);
    Fixtures fb = new Fixtures(platform, b);
    long before = fa.register(Fixtures.person("Franca", "Prima", ""));
    long on = fa.register(Fixtures.person("Gino", "Giorno", ""));
    long twenty = fa.register(Fixtures.person("Ivo", "Venti", ""));
    long old = fa.register(Fixtures.person("Luca", "Vecchio", ""));
    long elsewhere = fb.register(Fixtures.person("Mara", "Altrove", ""));
    String s = schema(a);
    sql(
        platform,
        // 40 on 15 March 2026: interviewed on 14 March, still 39.
        "UPDATE "
            + s
            + ".candidate SET birth_date = '1986-03-15', registered_at = '2026-03-01T10:00:00Z',"
            + " first_interview_at = '2026-03-14T10:00:00Z' WHERE id = "
            + before,
        // The same birthday; interviewed at 00:30 on 15 March in Rome (23:30 UTC on the 14th): 40.
        "UPDATE "
            + s
            + ".candidate SET birth_date = '1986-03-15', registered_at = '2026-03-01T10:00:00Z',"
            + " first_interview_at = '2026-03-14T23:30:00Z' WHERE id = "
            + on,
        // 20 on 1 April, interviewed on 2 April: from the UNDER_20 band into 20_29.
        "UPDATE "
            + s
            + ".candidate SET birth_date = '2006-04-01', registered_at = '2026-03-01T10:00:00Z',"
            + " first_interview_at = '2026-04-02T10:00:00Z' WHERE id = "
            + twenty,
        // Registered in Rome on 1 March 2019 (23:30 UTC on 28 February), interviewed on 1 March
        // 2026: 2,557 calendar days.
        "UPDATE "
            + s
            + ".candidate SET birth_date = '1950-06-01', registered_at = '2019-02-28T23:30:00Z',"
            + " first_interview_at = '2026-03-01T10:00:00Z' WHERE id = "
            + old,
        "UPDATE "
            + schema(b)
            + ".candidate SET birth_date = '1986-03-15', registered_at = '2026-03-01T10:00:00Z',"
            + " first_interview_at = '2026-03-14T10:00:00Z' WHERE id = "
            + elsewhere);
    Map<String, JsonObject> t =
        tables(platform.get(fa.base() + "/reports/activity?from=2026-03-01&to=2026-04-30").json());
    assertThat(rows(t.get("interviewed-profile")))
        .filteredOn(r -> r.get(0).equals("ageBand"))
        .containsExactly(
            row("ageBand", "20_29", "1", "4", "25.0"),
            row("ageBand", "30_39", "1", "4", "25.0"),
            row("ageBand", "40_49", "1", "4", "25.0"),
            row("ageBand", "60_PLUS", "1", "4", "25.0"));
    assertThat(rows(t.get("interviewed-splits")))
        .filteredOn(r -> r.get(0).equals("age"))
        .containsExactly(
            row("age", "FROM_35", "3", "4", "75.0"), row("age", "UNDER_35", "1", "4", "25.0"));
    // 13, 14, 32 and 2,557 days: the median is halfway between 14 and 32; two within the 20 days.
    assertThat(rows(t.get("first-interview-sla")))
        .containsExactly(row("20", "4", "2", "50.0", "23.0"));
    // A period starting on Gino's birthday has him 40 on every day of it.
    Map<String, JsonObject> later =
        tables(platform.get(fa.base() + "/reports/activity?from=2026-03-15&to=2026-03-31").json());
    assertThat(rows(later.get("interviewed-profile")))
        .filteredOn(r -> r.get(0).equals("ageBand"))
        .containsExactly(row("ageBand", "40_49", "1", "1", "100.0"));

    Map<String, JsonObject> other =
        tables(platform.get(fb.base() + "/reports/activity?from=2026-03-01&to=2026-04-30").json());
    assertThat(rows(other.get("interviewed"))).containsExactly(row("1"));
    assertThat(rows(other.get("first-interview-sla")))
        .containsExactly(row("20", "1", "1", "100.0", "13.0"));
  }

  /** Issue #16: a company named like a formula reaches a spreadsheet as text, not a formula. */
  @Test
  void theOverdueFilterListsPeopleStillWaitingPastTheTarget(Platform platform) throws Exception {
    String a = platform.onboardNewTenant("08");
    String b = platform.onboardNewTenant("08");
    Fixtures fa = new Fixtures(platform, a);
    long late = fa.register(Fixtures.person("Lara", "Ritardo", ""));
    long recent = fa.register(Fixtures.person("Rita", "Recente", ""));
    long seen = fa.inProtocol(Fixtures.person("Vera", "Vista", ""), ASSESSMENT);
    String s = schema(a);
    // The target is 20 days: 21 days ago is overdue, 19 days ago is not.
    sql(
        platform,
        "UPDATE "
            + s
            + ".candidate SET registered_at = now() - interval '21 days' WHERE id = "
            + late,
        "UPDATE "
            + s
            + ".candidate SET registered_at = now() - interval '19 days' WHERE id = "
            + recent,
        "UPDATE "
            + s
            + ".candidate SET registered_at = now() - interval '40 days' WHERE id = "
            + seen);
    JsonObject overdue = platform.get(fa.base() + "/candidates?overdue=true").json();
    assertThat(overdue.getInt("total")).isEqualTo(1);
    assertThat(overdue.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue())
        .isEqualTo(late);
    assertThat(overdue.getJsonArray("items").getJsonObject(0).getBoolean("firstInterviewOverdue"))
        .isTrue();
    assertThat(platform.get(fa.base() + "/candidates").json().getInt("total")).isEqualTo(3);
    assertThat(platform.get("/api/t/" + b + "/candidates?overdue=true").json().getInt("total"))
        .as("the other territory")
        .isZero();
  }

  @Test
  void csvNeutralisesFormulasInNames(Platform platform) {
    String tenant = platform.onboardNewTenant("08");
    Fixtures f = new Fixtures(platform, tenant);
    String formula = "=SUM(1+2)*cmd|' /C calc'!A0";
    long company = f.company(formula);
    long person = f.inProtocol(Fixtures.person("Formula", "Test", ""), ASSESSMENT);
    Answer placed =
        platform.post(
            f.base() + "/placements",
            ("{\"candidateId\": %d, \"companyId\": %d, \"type\": \"HIRING\","
                    + " \"contract\": \"PERMANENT\", \"startDate\": \"2026-06-10\"}")
                .formatted(person, company));
    assertThat(placed.status()).as(placed.body()).isEqualTo(201);
    Answer csv =
        platform.get(f.base() + "/reports/activity?from=2026-06-01&to=2026-06-30", "text/csv");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.body()).contains("'" + formula);
    for (String line : csv.body().split("\r\n")) {
      for (String field : line.split(",", -1)) {
        String value = field.startsWith("\"") ? field.substring(1) : field;
        assertThat(value)
            .as(line)
            .doesNotStartWith("=")
            .doesNotStartWith("@")
            .doesNotStartWith("+");
      }
    }
  }

  @Test
  void theReportingRoleReadsAggregatesAndNoPersonalData(Platform platform) throws Exception {
    try (Connection c = platform.jdbc();
        Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      s.execute("SET LOCAL ROLE ponte_reporting");
      s.executeQuery("SELECT sum(n) FROM t_bologna.fed_placement").close();
      s.execute("SAVEPOINT before");
      for (String table :
          List.of("candidate", "placement", "company", "document", "audit_entry", "interview")) {
        assertThatThrownBy(() -> s.executeQuery("SELECT * FROM t_bologna." + table + " LIMIT 1"))
            .as(table)
            .hasMessageContaining("permission denied");
        s.execute("ROLLBACK TO SAVEPOINT before");
      }
      c.rollback();
    }
  }
}
