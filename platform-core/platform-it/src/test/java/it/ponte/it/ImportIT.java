package it.ponte.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import it.ponte.it.Platform.Answer;
import it.ponte.it.Platform.Session;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Historical imports against the real platform: each kind, dry runs, every class of error on its
 * row and column, idempotent re-runs, Excel and Italian-locale CSV, all or nothing, and two
 * territories importing at once.
 */
@ExtendWith(PlatformExtension.class)
class ImportIT {

  static final String CSV = "text/csv";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  static final String CANDIDATES =
      """
      externalId,firstName,lastName,birthDate,gender,citizenship,zone,employmentStatus,didDate,registeredAt,referral,referralPartner,consentPurposes,consentNoticeVersion,status,outOfProtocolReason,statusChangedAt,licences
      BO-1,Anna,Storica,1980-02-03,FEMALE,IT,Centro,UNEMPLOYED,2019-01-10,2019-02-11T09:30:00,SOCIAL_SERVICES,,PROGRAMME,2018-05,,,,DRIVING_B|HACCP
      BO-2,Marco,Passato,1990-06-07,MALE,MA,Valle,,,2019-03-05T10:00:00+01:00,PARTNER,Comune,,,,,,
      BO-3,Lina,Uscita,1975-11-12,FEMALE,RO,,,,2019-03-20,OTHER,,,,OUT_OF_PROTOCOL,UNREACHABLE,2019-09-01T12:00:00,
      """;

  static final String INTERVIEWS =
      """
      externalId,candidateExternalId,scheduledAt,completedAt,profileType,readiness,employability,sectors,notes
      I-1,BO-1,2019-02-20T10:00:00,2019-02-20T11:00:00,IN_TARGET,READY,,,"Colloquio, prima volta"
      I-2,BO-2,2019-03-15T10:00:00,2019-03-15T11:00:00,FRAGILE,NOT_READY,,,
      I-3,BO-3,2019-04-01T10:00:00,,,,,,
      """;

  /** Posts a file as the territory's admin and waits for the import to end. */
  static JsonObject importFile(
      Platform platform, String tenant, String kind, boolean dryRun, byte[] file, String type) {
    Session admin = platform.asAdminOf(tenant);
    Answer started =
        admin.upload(
            "/api/t/" + tenant + "/imports?kind=" + kind + "&dryRun=" + dryRun, file, type);
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    String location = started.header("Location");
    assertThat(location).contains("/api/t/" + tenant + "/imports/");
    String path = location.substring(location.indexOf("/api/"));
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (System.nanoTime() < deadline) {
      JsonObject run = admin.get(path).json();
      String status = run.getString("status");
      if (status.equals("SUCCEEDED") || status.equals("FAILED")) {
        return run;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    throw new AssertionError("The import at " + path + " did not end within two minutes");
  }

  static JsonObject importCsv(
      Platform platform, String tenant, String kind, boolean dryRun, String csv) {
    return importFile(platform, tenant, kind, dryRun, csv.getBytes(StandardCharsets.UTF_8), CSV);
  }

  static long total(Platform platform, String tenant, String list) {
    return platform
        .get("/api/t/" + tenant + "/" + list + "?limit=1")
        .json()
        .getJsonNumber("total")
        .longValue();
  }

  static List<org.assertj.core.groups.Tuple> errors(JsonObject run) {
    List<org.assertj.core.groups.Tuple> errors = new ArrayList<>();
    for (JsonValue v : run.getJsonArray("errors")) {
      JsonObject e = v.asJsonObject();
      errors.add(tuple(e.getInt("row"), e.getString("column", null), e.getString("code")));
    }
    return errors;
  }

  static void figures(JsonObject run, String status, int rows, int created, int updated, int same) {
    assertThat(run.getString("status")).as(run.toString()).isEqualTo(status);
    assertThat(run.getInt("rows")).as("rows").isEqualTo(rows);
    assertThat(run.getInt("created")).as("created").isEqualTo(created);
    assertThat(run.getInt("updated")).as("updated").isEqualTo(updated);
    assertThat(run.getInt("unchanged")).as("unchanged").isEqualTo(same);
  }

  @Test
  void aTerritorysHistoryComesInWholeOnceAndFeedsItsReport(Platform platform) {
    String a = platform.onboardNewTenant("08");
    String b = platform.onboardNewTenant("08");

    JsonObject dry = importCsv(platform, a, "candidates", true, CANDIDATES);
    figures(dry, "SUCCEEDED", 3, 3, 0, 0);
    assertThat(dry.getBoolean("dryRun")).isTrue();
    assertThat(total(platform, a, "candidates")).as("a dry run writes nothing").isZero();

    figures(importCsv(platform, a, "candidates", false, CANDIDATES), "SUCCEEDED", 3, 3, 0, 0);
    figures(importCsv(platform, a, "interviews", false, INTERVIEWS), "SUCCEEDED", 3, 3, 0, 0);
    assertThat(total(platform, a, "candidates")).isEqualTo(3);
    assertThat(total(platform, b, "candidates")).as("the other territory sees nothing").isZero();
    assertThat(platform.asAdminOf(b).get("/api/t/" + b + "/imports").json().getInt("total"))
        .isZero();

    JsonObject anna = person(platform, a, "Storica");
    assertThat(anna.getString("registeredAt")).isEqualTo("2019-02-11T08:30:00Z");
    assertThat(anna.getString("status"))
        .as("assessed by the imported interview")
        .isEqualTo("ASSESSED");
    assertThat(anna.getString("firstInterviewAt")).isEqualTo("2019-02-20T10:00:00Z");
    assertThat(anna.getString("profileType")).isEqualTo("IN_TARGET");
    assertThat(anna.getJsonArray("licences").toString()).isEqualTo("[\"DRIVING_B\",\"HACCP\"]");
    assertThat(anna.getString("referral")).isEqualTo("SOCIAL_SERVICES");
    JsonObject lina = person(platform, a, "Uscita");
    assertThat(lina.getString("status")).isEqualTo("OUT_OF_PROTOCOL");
    assertThat(lina.getString("outOfProtocolReason")).isEqualTo("UNREACHABLE");
    assertThat(lina.getString("statusChangedAt")).isEqualTo("2019-09-01T10:00:00Z");
    long annaId = anna.getJsonNumber("id").longValue();
    String consents = platform.get("/api/t/" + a + "/candidates/" + annaId + "/consents").body();
    assertThat(consents).contains("2018-05").contains("IMPORT");
    String interviews =
        platform.get("/api/t/" + a + "/candidates/" + annaId + "/interviews").body();
    assertThat(interviews).contains("Colloquio, prima volta");

    // The activity report of 2019 counts the imported year as if it had been recorded live.
    JsonObject report =
        platform.get("/api/t/" + a + "/reports/activity?from=2019-01-01&to=2019-12-31").json();
    assertThat(ReportingIT.rows(ReportingIT.tables(report).get("registrations-by-month")))
        .hasSize(12)
        .contains(List.of("2019-01", "0"), List.of("2019-02", "1"), List.of("2019-03", "2"))
        .contains(List.of("2019-04", "0"));
    assertThat(ReportingIT.rows(ReportingIT.tables(report).get("interviewed")))
        .containsExactly(List.of("2"));

    // The same file again changes nothing; a changed row updates its record and only it.
    figures(importCsv(platform, a, "candidates", false, CANDIDATES), "SUCCEEDED", 3, 0, 0, 3);
    figures(importCsv(platform, a, "interviews", false, INTERVIEWS), "SUCCEEDED", 3, 0, 0, 3);
    String changed = CANDIDATES.replace("BO-2,Marco,Passato", "BO-2,Marco,Cambiato");
    figures(importCsv(platform, a, "candidates", false, changed), "SUCCEEDED", 3, 0, 1, 2);
    JsonObject marco = person(platform, a, "Cambiato");
    assertThat(marco.getString("status"))
        .as("a re-imported row keeps what the person's interviews made of them")
        .isEqualTo("ASSESSED");
    assertThat(total(platform, a, "candidates")).isEqualTo(3);

    JsonObject list = platform.asAdminOf(a).get("/api/t/" + a + "/imports").json();
    assertThat(list.getInt("total")).isEqualTo(6);
    assertThat(list.getJsonArray("items").getJsonObject(0).getString("createdBy"))
        .isEqualTo(platform.adminOf(a));
  }

  private static JsonObject person(Platform platform, String tenant, String lastName) {
    JsonObject page = platform.get("/api/t/" + tenant + "/candidates?q=" + lastName).json();
    assertThat(page.getJsonArray("items")).as(lastName).hasSize(1);
    long id = page.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    return platform.get("/api/t/" + tenant + "/candidates/" + id).json();
  }

  @Test
  void everyErrorIsOnItsRowAndColumnAndNothingIsWritten(Platform platform) {
    String a = platform.onboardNewTenant("08");
    String bad =
        """
        externalId,firstName,lastName,birthDate,gender,citizenship,zone,registeredAt,difficulties,status
        E-1,Ok,Persona,1980-01-01,FEMALE,IT,Centro,2019-01-01T10:00:00,,
        E-2,,Senzanome,1980-01-01,FEMALE,IT,,2019-01-01,,
        E-3,Data,Sbagliata,01/02/1980,FEMALE,IT,,2019-01-01,,
        E-4,Zona,Ignota,1980-01-01,FEMALE,IT,Marte,2019-01-01,,
        E-5,Salute,Senza,1980-01-01,FEMALE,IT,,2019-01-01,HEALTH,
        E-1,Doppio,Id,1980-01-01,FEMALE,IT,,2019-01-01,,
        E-7,Futuro,Iscritto,1980-01-01,FEMALE,IT,,2099-01-01,,
        E-8,Stato,Ignoto,1980-01-01,FEMALE,IT,,2019-01-01,,PARKED
        E-9,Cittadina,Ignota,1980-01-01,FEMALE,XX,,2019-01-01,,
        """;
    JsonObject run = importCsv(platform, a, "candidates", false, bad);
    assertThat(run.getString("status")).isEqualTo("FAILED");
    assertThat(errors(run))
        .containsExactly(
            tuple(3, "firstName", "validation-failed"),
            tuple(4, "birthDate", "invalid-value"),
            tuple(5, "zone", "validation-failed"),
            tuple(6, "difficulties", "validation-failed"),
            tuple(7, "externalId", "duplicate-key"),
            tuple(8, "registeredAt", "history"),
            tuple(9, "status", "invalid-value"),
            tuple(10, "citizenship", "validation-failed"));
    assertThat(run.getInt("errorCount")).isEqualTo(8);
    assertThat(run.getInt("created")).as("a failed run writes nothing").isZero();
    assertThat(total(platform, a, "candidates")).isZero();

    JsonObject header =
        importCsv(platform, a, "candidates", false, "externalId,firstName,colour\nX,Y,Z\n");
    assertThat(errors(header))
        .contains(
            tuple(1, "colour", "unknown-column"),
            tuple(1, "lastName", "missing-column"),
            tuple(1, "registeredAt", "missing-column"));
    assertThat(importCsv(platform, a, "candidates", false, "\n").getJsonArray("errors").toString())
        .contains("unreadable-file");

    // A file of three chunks whose last row is wrong writes none of the others.
    String many =
        IntStream.rangeClosed(1, 2500)
            .mapToObj(
                i ->
                    "M-%d,Nome,Cognome%d,1980-01-01,FEMALE,IT,%s"
                        .formatted(i, i, i == 2500 ? "2019-13-01" : "2019-01-01"))
            .collect(
                Collectors.joining(
                    "\n",
                    "externalId,firstName,lastName,birthDate,gender,citizenship,registeredAt\n",
                    "\n"));
    JsonObject last = importCsv(platform, a, "candidates", false, many);
    assertThat(last.getString("status")).isEqualTo("FAILED");
    assertThat(last.getInt("rows")).isEqualTo(2500);
    assertThat(errors(last)).containsExactly(tuple(2501, "registeredAt", "invalid-value"));
    assertThat(total(platform, a, "candidates")).isZero();

    // References and history: unknown people, an interview before the registration.
    figures(importCsv(platform, a, "candidates", false, CANDIDATES), "SUCCEEDED", 3, 3, 0, 0);
    JsonObject interviews =
        importCsv(
            platform,
            a,
            "interviews",
            false,
            """
            externalId,candidateExternalId,scheduledAt,completedAt,profileType,readiness
            I-1,BO-1,2019-02-20T10:00:00,2019-02-20T11:00:00,IN_TARGET,READY
            I-2,NOPE,2019-03-15T10:00:00,,,
            I-3,BO-1,2018-04-01T10:00:00,,,
            I-4,BO-2,2019-04-01T10:00:00,2019-04-01T11:00:00,,READY
            I-5,BO-2,2019-04-02T10:00:00,,IN_TARGET,
            """);
    assertThat(errors(interviews))
        .containsExactly(
            tuple(3, "candidateExternalId", "unknown-reference"),
            tuple(4, "scheduledAt", "history"),
            tuple(5, "profileType", "validation-failed"),
            tuple(6, "completedAt", "validation-failed"));
    assertThat(person(platform, a, "Storica").containsKey("firstInterviewAt"))
        .as("the good row of a failed file is not written either")
        .isFalse();
  }

  @Test
  void companiesPlacementsCoursesAndSurveysFollowTheirPeople(Platform platform) {
    String a = platform.onboardNewTenant("03");
    figures(importCsv(platform, a, "candidates", false, CANDIDATES), "SUCCEEDED", 3, 3, 0, 0);
    String vat1 = TestData.vatNumber(System.nanoTime() % 1_000_000_000L);
    String vat2 = TestData.vatNumber(System.nanoTime() % 1_000_000_000L + 7);
    String companies =
        """
        externalId,name,vatNumber,atecoCode,size,boardJoinedOn,boardLeftOn
        C-1,Officine Storiche Srl,%s,25.62.00,SMALL,2018-01-15,
        C-2,Cooperativa Passata,%s,,MICRO,2018-03-01,2020-12-31
        C-3,Partita Sbagliata,12345678901,,,,
        C-4,Doppione Srl,%s,,,,
        """
            .formatted(vat1, vat2, vat1);
    JsonObject failed = importCsv(platform, a, "companies", false, companies);
    assertThat(errors(failed))
        .containsExactly(
            tuple(4, "vatNumber", "validation-failed"), tuple(5, "vatNumber", "company-exists"));
    String good = companies.lines().limit(3).collect(Collectors.joining("\n", "", "\n"));
    figures(importCsv(platform, a, "companies", false, good), "SUCCEEDED", 2, 2, 0, 0);

    // An Italian-locale spreadsheet: semicolons and decimal commas.
    String placements =
        """
        externalId;candidateExternalId;companyExternalId;type;contract;startDate;endDate;hoursPerWeek;monthlyAllowance;traineeCategory;previousExternalId;link
        P-1;BO-1;C-1;TIROCINIO;;2019-04-01;2019-09-30;30;500,00;DISADVANTAGED;;
        P-2;BO-1;C-1;HIRING;FIXED_TERM;2019-10-01;2020-03-31;37,5;;;P-1;TRANSFORMATION
        P-3;BO-2;C-2;HIRING;PERMANENT;2019-06-01;;40;;;;
        """;
    JsonObject wrong =
        importCsv(
            platform,
            a,
            "placements",
            false,
            placements
                + "P-4;BO-2;C-2;HIRING;FIXED_TERM;2019-07-01;2019-06-01;40;;;;\n"
                + "P-5;BO-2;C-2;HIRING;FIXED_TERM;2019-08-01;;40;;;P-99;RENEWAL\n"
                + "P-6;BO-1;C-9;HIRING;FIXED_TERM;2019-08-01;;40;;;;\n"
                + "P-7;BO-3;C-1;STAGE;;2019-01-01;;20;;;;\n");
    assertThat(errors(wrong))
        .containsExactly(
            tuple(5, "endDate", "history"),
            tuple(6, "previousExternalId", "history"),
            tuple(7, "companyExternalId", "unknown-reference"),
            tuple(8, "startDate", "history"));
    JsonObject placed = importCsv(platform, a, "placements", false, placements);
    figures(placed, "SUCCEEDED", 3, 3, 0, 0);
    JsonObject page = platform.get("/api/t/" + a + "/placements?limit=10").json();
    assertThat(page.getInt("total")).isEqualTo(3);
    String all = page.toString();
    assertThat(all).contains("\"link\":\"TRANSFORMATION\"").contains("\"hoursPerWeek\":37.5");

    // Excel: courses with date cells, then enrolments and the surveys of the person who left.
    byte[] courses =
        Xlsx.of(
            List.of(
                List.of(
                    "externalId", "title", "category", "provider", "mode", "startsOn", "endsOn"),
                List.of(
                    "K-1",
                    "Magazzino e logistica",
                    "TECHNICAL",
                    "Ente di formazione",
                    "IN_PERSON",
                    LocalDate.of(2019, 5, 6),
                    LocalDate.of(2019, 6, 28))));
    figures(importFile(platform, a, "courses", false, courses, XLSX), "SUCCEEDED", 1, 1, 0, 0);
    figures(
        importCsv(
            platform,
            a,
            "enrolments",
            false,
            "courseExternalId,candidateExternalId,outcome,completedOn\nK-1,BO-1,COMPLETED,2019-06-28\nK-1,BO-2,WITHDRAWN,\n"),
        "SUCCEEDED",
        2,
        2,
        0,
        0);
    String surveys =
        "candidateExternalId,surveyedOn,answered,working,contract,offersReceived\n"
            + "BO-3,2019-12-01,true,true,FIXED_TERM,2\nBO-3,2020-06-01,false,,,\n";
    figures(importCsv(platform, a, "follow-ups", false, surveys), "SUCCEEDED", 2, 2, 0, 0);
    figures(importCsv(platform, a, "follow-ups", false, surveys), "SUCCEEDED", 2, 0, 0, 2);
    JsonObject surveyOfSomeoneInside =
        importCsv(
            platform,
            a,
            "follow-ups",
            false,
            "candidateExternalId,surveyedOn,working\nBO-1,2019-12-01,false\n");
    assertThat(errors(surveyOfSomeoneInside))
        .containsExactly(tuple(2, "candidateExternalId", "not-out-of-protocol"));
    long lina = person(platform, a, "Uscita").getJsonNumber("id").longValue();
    assertThat(platform.get("/api/t/" + a + "/candidates/" + lina + "/follow-ups").array())
        .hasSize(2);
    long anna = person(platform, a, "Storica").getJsonNumber("id").longValue();
    assertThat(platform.get("/api/t/" + a + "/candidates/" + anna + "/enrolments").body())
        .contains("COMPLETED");
  }

  @Test
  void anExcelWorkbookImportsLikeItsCsv(Platform platform) {
    String a = platform.onboardNewTenant("08");
    byte[] workbook =
        Xlsx.of(
            List.of(
                List.of(
                    "registeredAt",
                    "externalId",
                    "lastName",
                    "firstName",
                    "birthDate",
                    "gender",
                    "citizenship",
                    "hasCar"),
                List.of(
                    "2019-05-02T09:00:00",
                    "X-1",
                    "Excel",
                    "Nicolò",
                    LocalDate.of(1988, 4, 12),
                    "MALE",
                    "IT",
                    true),
                List.of(
                    "2019-05-03T09:00:00",
                    "X-2",
                    "Foglio",
                    "Maria",
                    LocalDate.of(1979, 1, 30),
                    "FEMALE",
                    "IT",
                    false)));
    figures(importFile(platform, a, "candidates", false, workbook, XLSX), "SUCCEEDED", 2, 2, 0, 0);
    JsonObject nicolo = person(platform, a, "Excel");
    assertThat(nicolo.getString("firstName")).isEqualTo("Nicolò");
    assertThat(nicolo.getString("birthDate")).isEqualTo("1988-04-12");
    assertThat(nicolo.getBoolean("hasCar")).isTrue();
    figures(importFile(platform, a, "candidates", false, workbook, XLSX), "SUCCEEDED", 2, 0, 0, 2);
    JsonObject notAWorkbook =
        importFile(
            platform, a, "candidates", false, "a,b\n".getBytes(StandardCharsets.UTF_8), XLSX);
    assertThat(notAWorkbook.getJsonArray("errors").toString()).contains("unreadable-file");
  }

  @Test
  void twoTerritoriesImportAtOnceAndEachSeesOnlyItsOwn(Platform platform) throws Exception {
    String a = platform.onboardNewTenant("08");
    String b = platform.onboardNewTenant("08");
    String fileA = CANDIDATES;
    String fileB = CANDIDATES.replace("Storica", "DiBergamo");
    CompletableFuture<JsonObject> runA =
        CompletableFuture.supplyAsync(() -> importCsv(platform, a, "candidates", false, fileA));
    CompletableFuture<JsonObject> runB =
        CompletableFuture.supplyAsync(() -> importCsv(platform, b, "candidates", false, fileB));
    figures(runA.get(), "SUCCEEDED", 3, 3, 0, 0);
    figures(runB.get(), "SUCCEEDED", 3, 3, 0, 0);
    assertThat(platform.get("/api/t/" + a + "/candidates?q=DiBergamo").json().getInt("total"))
        .isZero();
    assertThat(platform.get("/api/t/" + b + "/candidates?q=Storica").json().getInt("total"))
        .isZero();
  }

  @Test
  void theExampleFilesOfTheReadmeImportInTheirOrder(Platform platform) throws Exception {
    String a = platform.onboardNewTenant("03");
    java.nio.file.Path examples =
        java.nio.file.Path.of(System.getProperty("ponte.project.dir"), "docs", "import-examples");
    for (String kind : ExportIT.ORDER) {
      byte[] file = java.nio.file.Files.readAllBytes(examples.resolve(kind + ".csv"));
      JsonObject run = importFile(platform, a, kind, true, file, CSV);
      assertThat(run.getString("status")).as(kind + ": " + run).isEqualTo("SUCCEEDED");
      run = importFile(platform, a, kind, false, file, CSV);
      assertThat(run.getString("status")).as(kind + ": " + run).isEqualTo("SUCCEEDED");
      assertThat(run.getInt("created")).as(kind).isEqualTo(run.getInt("rows")).isPositive();
    }
    assertThat(total(platform, a, "candidates")).isEqualTo(3);
    assertThat(total(platform, a, "placements")).isEqualTo(3);
  }

  @Test
  void onlyTheTerritorysAdminsImport(Platform platform) {
    String a = platform.onboardNewTenant("08");
    byte[] file = CANDIDATES.getBytes(StandardCharsets.UTF_8);
    assertThat(
            platform
                .as(platform.operatorOf(a))
                .upload("/api/t/" + a + "/imports?kind=candidates", file, CSV)
                .status())
        .isEqualTo(403);
    assertThat(platform.as(platform.operatorOf(a)).get("/api/t/" + a + "/imports").status())
        .isEqualTo(403);
    Session admin = platform.asAdminOf(a);
    assertThat(admin.upload("/api/t/" + a + "/imports?kind=people", file, CSV).status())
        .isEqualTo(400);
    assertThat(
            admin.upload("/api/t/" + a + "/imports?kind=candidates", file, "text/plain").status())
        .isEqualTo(415);
    assertThat(admin.get("/api/t/" + a + "/imports/999999").status()).isEqualTo(404);
    assertThat(total(platform, a, "candidates")).isZero();
  }
}
