package it.ponte.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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
}
