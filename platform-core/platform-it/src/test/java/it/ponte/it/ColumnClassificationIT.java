package it.ponte.it;

import static org.assertj.core.api.Assertions.assertThat;

import it.ponte.it.Platform.Answer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue #16, item 5: every column of a territory's schema, core and every installed plugin, is
 * classified (src/test/resources/privacy/columns.txt), and an erasure empties every personal one,
 * in plugins too, even one disabled since it held the person's data.
 */
@ExtendWith(PlatformExtension.class)
class ColumnClassificationIT {

  private static final List<String> PLUGINS =
      List.of("dote-unica-lavoro", "innovation-calls", "microcredit", "it-echo");

  /** The classification: table.column to PERSON, KEPT or OTHER. */
  static Map<String, String> classification() throws Exception {
    Map<String, String> classes = new TreeMap<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                ColumnClassificationIT.class.getResourceAsStream("/privacy/columns.txt"),
                StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\\s+");
        assertThat(parts[1]).as(line).isIn("PERSON", "KEPT", "OTHER");
        assertThat(classes.put(parts[0], parts[1])).as("listed twice: " + parts[0]).isNull();
      }
    }
    return classes;
  }

  private static String schema(String tenant) {
    return "t_" + tenant.replace('-', '_');
  }

  /** A tenant of Lombardy with every installed plugin enabled. */
  private static String tenantWithEveryPlugin(Platform platform) {
    String t = platform.onboardNewTenant("03");
    for (String plugin : PLUGINS) {
      String config = plugin.equals("it-echo") ? "{\"greeting\": \"ciao\"}" : "{}";
      Answer enabled =
          platform
              .asAdminOf(t)
              .send("PUT", "/api/t/" + t + "/plugins/" + plugin, config, "application/json");
      assertThat(enabled.status()).as(plugin + ": " + enabled.body()).isEqualTo(200);
    }
    return t;
  }

  @Test
  void everyColumnOfEveryTenantTableIsClassified(Platform platform) throws Exception {
    String t = tenantWithEveryPlugin(platform);
    TreeSet<String> actual = new TreeSet<>();
    try (Connection c = platform.jdbc();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT c.table_name || '.' || c.column_name FROM information_schema.columns c"
                    + " JOIN information_schema.tables t ON t.table_schema = c.table_schema"
                    + " AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'"
                    + " WHERE c.table_schema = '"
                    + schema(t)
                    + "' AND c.table_name NOT LIKE 'databasechangelog%'")) {
      while (rs.next()) {
        actual.add(rs.getString(1));
      }
    }
    Map<String, String> classes = classification();
    TreeSet<String> unclassified = new TreeSet<>(actual);
    unclassified.removeAll(classes.keySet());
    TreeSet<String> gone = new TreeSet<>(classes.keySet());
    gone.removeAll(actual);
    assertThat(unclassified)
        .as("columns with no line in privacy/columns.txt: classify them and make erasure honour it")
        .isEmpty();
    assertThat(gone).as("lines in privacy/columns.txt for columns that do not exist").isEmpty();
  }

  @Test
  void anErasureEmptiesEveryPersonalColumnInCoreAndPlugins(Platform platform) throws Exception {
    String t = tenantWithEveryPlugin(platform);
    String other = tenantWithEveryPlugin(platform);
    Fixtures f = new Fixtures(platform, t);
    String base = "/api/t/" + t;
    // A person of 56, with health data (and the consent for it), known everywhere.
    String personJson =
        Fixtures.person(
                "Erminia",
                "Cancellata",
                "\"email\": \"erminia@example.org\", \"phone\": \"+39 333 1112223\","
                    + " \"notes\": \"Segue un percorso IPS\", \"difficulties\": [\"HEALTH\"],"
                    + " \"languages\": [\"fr\"], \"professions\": [\"5.1.2.2.0\"],"
                    + " \"consent\": {\"noticeVersion\": \"1\", \"purposes\":"
                    + " [\"PROGRAMME\", \"HEALTH_DATA\", \"SHARING_WITH_COMPANIES\"]}")
            .replace("\"1988-04-12\"", "\"" + LocalDate.now().minusYears(56).minusDays(20) + "\"")
            .replace("\"2025-11-03\"", "\"" + LocalDate.now().minusMonths(14) + "\"");
    Answer registered = platform.anonymous().post(base + "/public/registrations", personJson);
    assertThat(registered.status()).as(registered.body()).isEqualTo(202);
    long id =
        platform
            .get(base + "/candidates?q=Cancellata")
            .json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    // Submitted again: it waits for reconciliation with the whole form in it.
    platform.anonymous().post(base + "/public/registrations", personJson);
    platform.upload(
        base + "/candidates/" + id + "/documents?kind=CV&filename=cv.pdf",
        DocumentIT.PDF,
        "application/pdf");
    // A dote of Dote Unica Lavoro (its score breakdown describes her).
    String dul = base + "/plugins/dote-unica-lavoro";
    long operator =
        platform
            .asAdminOf(t)
            .post(dul + "/operators", "{\"name\": \"Ente\", \"ceiling\": 5000}")
            .json()
            .getJsonNumber("id")
            .longValue();
    Answer dote =
        platform.post(
            dul + "/doti",
            "{\"candidateId\": "
                + id
                + ", \"operatorId\": "
                + operator
                + ", \"serviceAgreementSigned\": true}");
    assertThat(dote.status()).as(dote.body()).isEqualTo(201);
    // A social microcredit loan with a business plan about her.
    long fund = MicrocreditIT.fund(platform, t);
    Answer loan =
        platform.post(
            base + "/plugins/microcredit/loans",
            ("{\"fundId\": %d, \"product\": \"SOCIAL\", \"candidateId\": %d, \"amount\": 3000,"
                    + " \"months\": 24, \"appliedOn\": \"%s\", \"businessPlan\": \"Spese mediche\"}")
                .formatted(fund, id, LocalDate.now()));
    assertThat(loan.status()).as(loan.body()).isEqualTo(201);

    // Microcredit is disabled afterwards: its data stays, and so do her rights over it.
    assertThat(
            platform
                .asAdminOf(t)
                .send("DELETE", base + "/plugins/microcredit", null, null)
                .status())
        .isBetween(200, 204);
    Answer export = platform.get(base + "/candidates/" + id + "/privacy/export");
    assertThat(export.status()).as(export.body()).isEqualTo(200);
    assertThat(export.json().getJsonObject("plugins").keySet())
        .contains("microcredit", "dote-unica-lavoro");
    assertThat(export.body()).contains("Spese mediche");

    Answer erased =
        platform.asAdminOf(t).post(base + "/candidates/" + id + "/privacy/erasure", "{}");
    assertThat(erased.status()).as(erased.body()).isBetween(200, 204);

    List<String> leftovers = new ArrayList<>();
    Map<String, String> classes = classification();
    try (Connection c = platform.jdbc();
        Statement s = c.createStatement()) {
      for (Map.Entry<String, String> e : classes.entrySet()) {
        if (!e.getValue().equals("PERSON")) {
          continue;
        }
        String[] tc = e.getKey().split("\\.");
        try (ResultSet rs =
            s.executeQuery(
                "SELECT count(*) FROM "
                    + schema(t)
                    + "."
                    + tc[0]
                    + " WHERE "
                    + tc[1]
                    + " IS NOT NULL AND "
                    + tc[1]
                    + "::text NOT IN ('[erased]', '', '{\"erased\": true}')")) {
          rs.next();
          if (rs.getLong(1) > 0) {
            leftovers.add(e.getKey() + " (" + rs.getLong(1) + " rows)");
          }
        }
      }
      // What reports and payment records need is still there, about nobody.
      try (ResultSet rs =
          s.executeQuery(
              "SELECT (SELECT count(*) FROM "
                  + schema(t)
                  + ".dul_dote),"
                  + " (SELECT count(*) FROM "
                  + schema(t)
                  + ".mc_loan),"
                  + " (SELECT gender FROM "
                  + schema(t)
                  + ".candidate WHERE id = "
                  + id
                  + ")")) {
        rs.next();
        assertThat(rs.getLong(1)).as("the dote stays").isEqualTo(1);
        assertThat(rs.getLong(2)).as("the loan stays").isEqualTo(1);
        assertThat(rs.getString(3)).isEqualTo("FEMALE");
      }
    }
    assertThat(leftovers).as("personal columns still holding something after erasure").isEmpty();
    assertThat(platform.get("/api/t/" + other + "/candidates").json().getInt("total")).isZero();
  }
}
