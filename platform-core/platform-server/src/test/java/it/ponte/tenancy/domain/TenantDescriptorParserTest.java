package it.ponte.tenancy.domain;

import static org.assertj.core.api.Assertions.assertThat;

import it.ponte.platform.domain.FieldError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TenantDescriptorParserTest {

  private static Map<String, Object> valid() {
    Map<String, Object> raw = new LinkedHashMap<>();
    raw.put("id", "val-seriana");
    raw.put("name", "Valle Seriana");
    raw.put("region", "03");
    raw.put("locale", "it-IT");
    raw.put("timeZone", "Europe/Rome");
    raw.put("zones", List.of("Alta valle", "Bassa valle"));
    raw.put("firstInterviewSlaDays", 15);
    return raw;
  }

  @Test
  void readsAValidDescriptorWithDefaults() {
    TenantDescriptorParser.Result result = TenantDescriptorParser.parse(valid());

    assertThat(result.errors()).isEmpty();
    TenantDescriptor d = result.descriptor();
    assertThat(d.id().value()).isEqualTo("val-seriana");
    assertThat(d.region()).isEqualTo("03");
    assertThat(d.federation()).isTrue();
    assertThat(d.partners()).isEmpty();
    assertThat(d.plugins()).isEmpty();
    assertThat(d.privacyNotice()).isEqualTo(TenantDescriptorParser.DEFAULT_PRIVACY_NOTICE);
    assertThat(d.matchingWeights()).isEqualTo(TenantDescriptorParser.DEFAULT_MATCHING_WEIGHTS);
  }

  @Test
  void aTerritorysWeightsOverrideTheDefaultsOneByOne() {
    Map<String, Object> raw = valid();
    raw.put("matchingWeights", Map.of("zone", 40, "car", 0));
    Map<String, Integer> weights = TenantDescriptorParser.parse(raw).descriptor().matchingWeights();
    assertThat(weights).containsEntry("zone", 40).containsEntry("car", 0);
    assertThat(weights).containsEntry("licences", 20).hasSize(8);
  }

  @Test
  void roundTripsThroughItsMapForm() {
    Map<String, Object> raw = valid();
    raw.put(
        "scales",
        Map.of("readiness", List.of("pronto", "non pronto", "valutazione non terminata")));
    raw.put("plugins", Map.of("microcredit", Map.of("multiplier", 4)));
    raw.put("privacyNotice", "2025-01");
    raw.put("matchingWeights", Map.of("zone", 40, "car", 0));
    TenantDescriptor d = TenantDescriptorParser.parse(raw).descriptor();

    assertThat(TenantDescriptorParser.parse(d.toMap()).descriptor()).isEqualTo(d);
  }

  @Test
  void acceptsAnUnquotedYamlRegionNumber() {
    Map<String, Object> raw = valid();
    raw.put("region", 8);
    assertThat(TenantDescriptorParser.parse(raw).descriptor().region()).isEqualTo("08");
  }

  @Test
  void reportsEveryInvalidFieldWithItsPointer() {
    Map<String, Object> raw = new LinkedHashMap<>();
    raw.put("id", "Bergamo!");
    raw.put("name", "");
    raw.put("region", "21");
    raw.put("locale", "italiano");
    raw.put("timeZone", "Rome");
    raw.put("zones", List.of("Isola", "Isola", 7));
    raw.put("firstInterviewSlaDays", 400);
    raw.put("federation", "yes");
    raw.put("scales", Map.of("bad name!", List.of("x")));
    raw.put("plugins", Map.of("microcredit", "on"));
    raw.put("colour", "blue");
    raw.put("privacyNotice", List.of());
    raw.put("matchingWeights", Map.of("zone", 101, "luck", 5, "sector", 2.5));

    List<String> pointers =
        TenantDescriptorParser.parse(raw).errors().stream().map(FieldError::pointer).toList();

    assertThat(pointers)
        .containsExactlyInAnyOrder(
            "/id",
            "/name",
            "/region",
            "/locale",
            "/timeZone",
            "/zones/1",
            "/zones/2",
            "/firstInterviewSlaDays",
            "/federation",
            "/scales/bad name!",
            "/plugins/microcredit",
            "/colour",
            "/privacyNotice",
            "/matchingWeights/zone",
            "/matchingWeights/luck",
            "/matchingWeights/sector");
  }

  @Test
  void requiresTheMandatoryFields() {
    List<String> pointers =
        TenantDescriptorParser.parse(Map.of()).errors().stream().map(FieldError::pointer).toList();
    assertThat(pointers)
        .containsExactlyInAnyOrder(
            "/id", "/name", "/region", "/locale", "/timeZone", "/zones", "/firstInterviewSlaDays");
  }

  @Test
  void escapesJsonPointerSegments() {
    Map<String, Object> raw = valid();
    raw.put("plugins", Map.of("a/b~c", Map.of()));
    assertThat(TenantDescriptorParser.parse(raw).errors())
        .extracting(FieldError::pointer)
        .containsExactly("/plugins/a~1b~0c");
  }

  @Test
  void thePrivacyNoticeTextIsItalianFirstAndBounded() {
    Map<String, Object> raw = valid();
    raw.put("privacyNoticeText", Map.of("it", "Informativa", "en", "Notice"));
    assertThat(TenantDescriptorParser.parse(raw).descriptor().privacyNoticeText())
        .containsEntry("it", "Informativa")
        .containsEntry("en", "Notice");
    raw.put("privacyNoticeText", Map.of("en", "Notice only", "fr", "Avis"));
    assertThat(TenantDescriptorParser.parse(raw).errors())
        .extracting(e -> e.pointer())
        .containsExactlyInAnyOrder("/privacyNoticeText/fr", "/privacyNoticeText/it");
    raw.put("privacyNoticeText", Map.of("it", "x".repeat(20_001)));
    assertThat(TenantDescriptorParser.parse(raw).errors())
        .extracting(e -> e.pointer())
        .containsExactly("/privacyNoticeText/it");
  }

  @Test
  void municipalitiesAreIstatOnesOfTheProvincesEachInOneZone() {
    Map<String, Object> raw = valid();
    raw.put(
        "municipalities",
        Map.of(
            "provinces",
            List.of("BG"),
            "zones",
            Map.of("Alta valle", List.of("Clusone", "castione della presolana", "Valbondione")),
            "otherwise",
            "Bassa valle"));
    TenantDescriptorParser.Result result = TenantDescriptorParser.parse(raw);
    assertThat(result.errors()).isEmpty();
    TerritoryMunicipalities m = result.descriptor().municipalities();
    assertThat(m.places()).hasSize(243);
    assertThat(m.find("Castione della Presolana").orElseThrow().zone()).isEqualTo("Alta valle");
    assertThat(m.find("ALBINO").orElseThrow().zone()).isEqualTo("Bassa valle");
    assertThat(m.find("016008").orElseThrow().name()).isEqualTo("Alzano Lombardo");
    assertThat(m.find("Bologna")).as("not a municipality of the province").isEmpty();
    assertThat(m.zones().get("Alta valle")).contains("Castione della Presolana");
    assertThat(TenantDescriptorParser.parse(result.descriptor().toMap()).descriptor())
        .isEqualTo(result.descriptor());
  }

  @Test
  void refusesUnknownMunicipalitiesZonesProvincesAndGaps() {
    Map<String, Object> raw = valid();
    Map<String, Object> zones = new LinkedHashMap<>();
    zones.put("Alta valle", List.of("Clusone", "Imola"));
    zones.put("Bassa valle", List.of("Clusone"));
    zones.put("Isola", List.of("Pontida"));
    raw.put("municipalities", Map.of("provinces", List.of("BG", "RM"), "zones", zones));
    assertThat(TenantDescriptorParser.parse(raw).errors())
        .extracting(FieldError::pointer)
        .containsExactlyInAnyOrder(
            "/municipalities/provinces/1",
            "/municipalities/zones/Alta valle/1",
            "/municipalities/zones/Bassa valle/0",
            "/municipalities/zones/Isola",
            "/municipalities/zones");
  }
}
