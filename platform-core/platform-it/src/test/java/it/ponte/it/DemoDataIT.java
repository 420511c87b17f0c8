package it.ponte.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The demo territories are filled from their recipes on first start, and only those. */
@ExtendWith(PlatformExtension.class)
class DemoDataIT {

  @Test
  void bolognaIsFilledWithPlausibleData(Platform platform) {
    JsonObject candidates = platform.get("/api/t/bologna/candidates?limit=1").json();
    assertThat(candidates.getInt("total")).isEqualTo(600);
    assertThat(platform.get("/api/t/bologna/companies?limit=1").json().getInt("total"))
        .isEqualTo(60);
    assertThat(platform.get("/api/t/bologna/vacancies?limit=1").json().getInt("total"))
        .isGreaterThan(30);
    assertThat(platform.get("/api/t/bologna/courses").json().getInt("total")).isEqualTo(7);
    assertThat(
            platform
                .get("/api/t/bologna/candidates?status=IN_PROTOCOL&limit=1")
                .json()
                .getInt("total"))
        .isGreaterThan(50);

    List<JsonObject> placements =
        platform.get("/api/t/bologna/placements?limit=500").json().getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .toList();
    assertThat(placements).hasSizeGreaterThan(100);
    Map<String, Long> byType =
        placements.stream()
            .collect(Collectors.groupingBy(p -> p.getString("type"), Collectors.counting()));
    assertThat(byType.get("HIRING"))
        .as("hiring is the most common placement")
        .isEqualTo(byType.values().stream().max(Long::compare).orElseThrow());
    assertThat(placements.stream().filter(p -> p.containsKey("link"))).isNotEmpty();
    JsonObject course =
        platform.get("/api/t/bologna/courses").json().getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .filter(c -> c.getInt("participants") > 0)
            .findFirst()
            .orElseThrow();
    assertThat(course.containsKey("placementRate")).isTrue();
  }

  @Test
  void bergamoHasItsOwnRecipeAndNewTerritoriesGetNothing(Platform platform) {
    assertThat(platform.get("/api/t/bergamo/candidates?limit=1").json().getInt("total"))
        .isEqualTo(400);
    Map<String, Long> zones =
        platform.get("/api/t/bergamo/candidates?limit=500").json().getJsonArray("items").stream()
            .map(v -> v.asJsonObject().getString("zone"))
            .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    assertThat(zones.keySet()).contains("Valle Seriana", "Isola", "Bassa");
    String fresh = platform.onboardNewTenant("03");
    assertThat(platform.get("/api/t/" + fresh + "/candidates").json().getInt("total")).isZero();
  }

  /**
   * The report a territory would compare with its published figures: every table of the activity
   * report over the demo's two years has a positive figure, in both territories, and so has every
   * plugin section - figures that come from the core's placements (claims, jobs created) included.
   */
  @Test
  void theDemoFillsEveryReportTableAndEveryPluginSection(Platform platform) {
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Rome"));
    String period = "?from=" + today.minusYears(2) + "&to=" + today;
    Map<String, Map<String, List<String>>> expected =
        Map.of(
            "bergamo",
            Map.of(
                "dote-unica-lavoro",
                List.of("doti opened", "result claims EUR", "operator committed EUR")),
            "bologna",
            Map.of(
                "innovation-calls",
                List.of(
                    "applications",
                    "rejected",
                    "selected",
                    "concluded and funded",
                    "withdrawn during accompaniment",
                    "stand-by",
                    "disbursed EUR",
                    "stages activated",
                    "jobs created"),
                "microcredit",
                List.of(
                    "loans applied",
                    "loans approved",
                    "defaults",
                    "disbursed EUR",
                    "repaid EUR",
                    "guarantee calls EUR",
                    "jobs created",
                    "loans outstanding at period end",
                    "PAR30 EUR at period end")));
    for (String territory : List.of("bergamo", "bologna")) {
      // The plugins count the core's placements from events, a moment after the demo is made.
      JsonObject report =
          Fixtures.eventually(
              () -> platform.get("/api/t/" + territory + "/reports/activity" + period).json(),
              r -> missing(r, expected.get(territory)).isEmpty());
      assertThat(missing(report, expected.get(territory)))
          .as(territory + ": plugin figures that are zero or absent")
          .isEmpty();
      List<String> empty = new ArrayList<>();
      for (JsonValue t : report.getJsonArray("tables")) {
        JsonObject table = t.asJsonObject();
        if (!hasAPositiveFigure(table.getJsonArray("rows"))) {
          empty.add(table.getString("id"));
        }
      }
      assertThat(empty).as(territory + ": report tables without a positive figure").isEmpty();
    }
  }

  /** The expected figures of each plugin section that are absent or not positive. */
  private static List<String> missing(JsonObject report, Map<String, List<String>> expected) {
    Map<String, Map<String, BigDecimal>> sections = new LinkedHashMap<>();
    for (JsonValue s : report.getJsonArray("plugins")) {
      Map<String, BigDecimal> figures = new LinkedHashMap<>();
      for (JsonValue f : s.asJsonObject().getJsonArray("figures")) {
        JsonArray pair = f.asJsonArray();
        figures.put(pair.getString(0), pair.getJsonNumber(1).bigDecimalValue());
      }
      sections.put(s.asJsonObject().getString("pluginId"), figures);
    }
    List<String> missing = new ArrayList<>();
    if (!sections.keySet().equals(expected.keySet())) {
      missing.add("sections " + sections.keySet() + " instead of " + expected.keySet());
      return missing;
    }
    expected.forEach(
        (plugin, names) -> {
          for (String name : names) {
            // A name may prefix several figures (one per fascia): one of them is enough.
            boolean positive =
                sections.get(plugin).entrySet().stream()
                    .anyMatch(e -> e.getKey().startsWith(name) && e.getValue().signum() > 0);
            if (!positive) {
              missing.add(plugin + ": " + name);
            }
          }
        });
    return missing;
  }

  private static boolean hasAPositiveFigure(JsonArray rows) {
    for (JsonValue row : rows) {
      for (JsonValue cell : row.asJsonArray()) {
        if (cell instanceof JsonNumber n && n.bigDecimalValue().signum() > 0) {
          return true;
        }
      }
    }
    return false;
  }
}
