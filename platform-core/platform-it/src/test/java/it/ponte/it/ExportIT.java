package it.ponte.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A territory takes its data away: the export holds every kind in the import's format, its plugins'
 * tables and a manifest, and a new territory that imports it has the same activity report.
 */
@ExtendWith(PlatformExtension.class)
class ExportIT {

  /** The import order the manifest states: each kind after those it refers to. */
  static final List<String> ORDER =
      List.of(
          "companies",
          "candidates",
          "interviews",
          "placements",
          "courses",
          "enrolments",
          "follow-ups");

  static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        files.put(entry.getName(), in.readAllBytes());
      }
    }
    return files;
  }

  @Test
  void bergamosExportImportedIntoANewTerritoryGivesTheSameReport(Platform platform)
      throws IOException {
    HttpResponse<byte[]> answer = platform.asAdminOf("bergamo").download("/api/t/bergamo/export");
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Type")).contains("application/zip");
    assertThat(answer.headers().firstValue("Content-Disposition").orElse(""))
        .contains("bergamo-export-");
    Map<String, byte[]> files = unzip(answer.body());
    assertThat(files.keySet())
        .contains("manifest.json", "candidates.csv", "follow-ups.csv")
        .anyMatch(name -> name.startsWith("plugins/dote-unica-lavoro/"));
    JsonObject manifest =
        Json.createReader(
                new StringReader(new String(files.get("manifest.json"), StandardCharsets.UTF_8)))
            .readObject();
    assertThat(manifest.getString("format")).isEqualTo("ponte-territory-export/1");
    assertThat(manifest.getJsonArray("changesets").toString()).contains("core-0022-import");
    JsonObject counts = manifest.getJsonObject("files");
    long people =
        platform.get("/api/t/bergamo/candidates?limit=1").json().getJsonNumber("total").longValue();
    assertThat(counts.getInt("candidates.csv")).isEqualTo((int) people);
    String candidates = new String(files.get("candidates.csv"), StandardCharsets.UTF_8);
    assertThat(candidates.lines().findFirst().orElseThrow())
        .isEqualTo(
            "externalId,firstName,lastName,birthDate,gender,citizenship,municipality,zone,email,"
                + "phone,education,italianLevel,languages,licences,professions,employmentStatus,"
                + "didDate,difficulties,hasCar,availability,notes,referral,referralPartner,"
                + "registeredAt,consentPurposes,consentNoticeVersion,consentGivenAt,status,"
                + "outOfProtocolReason,statusChangedAt");
    assertThat(candidates.lines().count()).isEqualTo(people + 1);
    assertThat(platform.as(platform.operatorOf("bergamo")).get("/api/t/bergamo/export").status())
        .as("the export is for the territory's admins")
        .isEqualTo(403);

    // A new territory with Bergamo's descriptor takes the files as they are, in the stated order.
    String copy = Platform.newTenantId();
    JsonObjectBuilder descriptor = Json.createObjectBuilder(manifest.getJsonObject("territory"));
    descriptor.add("id", copy).add("name", "Copia di Bergamo");
    var onboarded = platform.post("/api/platform/tenants", descriptor.build().toString());
    assertThat(onboarded.status()).as(onboarded.body()).isEqualTo(201);
    for (String kind : ORDER) {
      JsonObject run =
          ImportIT.importFile(platform, copy, kind, false, files.get(kind + ".csv"), ImportIT.CSV);
      assertThat(run.getString("status")).as(kind + ": " + run).isEqualTo("SUCCEEDED");
      assertThat(run.getInt("created")).as(kind).isEqualTo(counts.getInt(kind + ".csv"));
    }

    // The territory's today: the copy's companies are registered now, in Rome's calendar.
    LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Rome"));
    String period = "?from=" + today.minusYears(9) + "&to=" + today;
    JsonValue original =
        platform.get("/api/t/bergamo/reports/activity" + period).json().get("tables");
    JsonValue imported =
        platform.get("/api/t/" + copy + "/reports/activity" + period).json().get("tables");
    assertThat(imported.toString()).isEqualTo(original.toString());

    // The copy's own export gives the same files back, by the same external ids.
    Map<String, byte[]> again =
        unzip(platform.asAdminOf(copy).download("/api/t/" + copy + "/export").body());
    for (String kind : ORDER) {
      assertThat(new String(again.get(kind + ".csv"), StandardCharsets.UTF_8).lines().sorted())
          .as(kind)
          .containsExactlyElementsOf(
              new String(files.get(kind + ".csv"), StandardCharsets.UTF_8)
                  .lines()
                  .sorted()
                  .toList());
    }
  }

  @Test
  void anExportHoldsItsTerritorysDocumentsAndNothingOfAnother(Platform platform)
      throws IOException {
    String a = platform.onboardNewTenant("08");
    String b = platform.onboardNewTenant("08");
    long person = new Fixtures(platform, a).register(Fixtures.person("Carta", "Documenti", ""));
    new Fixtures(platform, b).register(Fixtures.person("Altra", "Persona", ""));
    var uploaded =
        platform.upload(
            "/api/t/" + a + "/candidates/" + person + "/documents?kind=CV&filename=cv.pdf",
            DocumentIT.PDF,
            "application/pdf");
    assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);

    Map<String, byte[]> files =
        unzip(platform.asAdminOf(a).download("/api/t/" + a + "/export").body());
    String document =
        files.keySet().stream()
            .filter(name -> name.startsWith("documents/ponte-" + person + "/"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no document in " + files.keySet()));
    assertThat(document).endsWith("-cv.pdf");
    assertThat(files.get(document)).isEqualTo(DocumentIT.PDF);
    assertThat(new String(files.get("candidates.csv"), StandardCharsets.UTF_8))
        .contains("ponte-" + person + ",Carta,Documenti")
        .doesNotContain("Persona");
    JsonObject manifest =
        Json.createReader(
                new StringReader(new String(files.get("manifest.json"), StandardCharsets.UTF_8)))
            .readObject();
    assertThat(manifest.getJsonObject("files").getInt("candidates.csv")).isEqualTo(1);
    assertThat(manifest.getJsonObject("files").getInt("documents/")).isEqualTo(1);
    assertThat(manifest.getJsonObject("territory").getString("id")).isEqualTo(a);
    try (var db = platform.jdbc();
        var q =
            db.prepareStatement(
                "SELECT count(*) FROM t_"
                    + a.replace('-', '_')
                    + ".audit_entry WHERE action = 'EXPORT' AND subject_type = 'territory-export'"
                    + " AND actor LIKE ?")) {
      q.setString(1, platform.adminOf(a) + "%");
      try (var rs = q.executeQuery()) {
        rs.next();
        assertThat(rs.getInt(1)).as("the export is audited").isEqualTo(1);
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }

    Map<String, byte[]> other =
        unzip(platform.asAdminOf(b).download("/api/t/" + b + "/export").body());
    assertThat(new String(other.get("candidates.csv"), StandardCharsets.UTF_8))
        .contains("Altra,Persona")
        .doesNotContain("Documenti");
    assertThat(other.keySet()).noneMatch(name -> name.startsWith("documents/"));
  }
}
