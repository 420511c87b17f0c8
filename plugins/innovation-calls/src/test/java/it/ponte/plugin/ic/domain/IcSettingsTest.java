package it.ponte.plugin.ic.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ponte.api.plugin.ConfigSchema;
import jakarta.json.Json;
import jakarta.json.bind.JsonbBuilder;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class IcSettingsTest {

  private static final ConfigSchema SCHEMA =
      ConfigSchema.read(IcSettings.class.getClassLoader(), "ic/config.schema.json");

  private static IcSettings bind(String json) {
    return JsonbBuilder.create().fromJson(json, IcSettings.class);
  }

  @Test
  void theSchemasDefaultsBindAsTheCallsDefaults() {
    IcSettings d = bind(SCHEMA.defaults().toString());
    assertThat(d.decisionQuorumPercent()).isEqualTo(50);
    assertThat(d.accompanimentMonths()).isEqualTo(2);
    assertThat(d.seatInTerritoryRequired()).isTrue();
    assertThat(d.investmentCap()).isEqualByComparingTo("6000");
    assertThat(d.applicantTypes()).contains("SOCIAL_COOPERATIVE");
    assertThat(d.criteria()).isNotEmpty().allSatisfy(c -> assertThat(c.maxScore()).isPositive());
    assertThat(d.criteria().stream().map(Scoring.Criterion::weight).reduce(BigDecimal::add))
        .hasValueSatisfying(total -> assertThat(total).isPositive());
  }

  @Test
  void aTerritorysSettingReplacesItsDefaultAndKeepsTheOthers() {
    var config =
        SCHEMA.validate(Json.createObjectBuilder().add("decisionQuorumPercent", 75).build());
    IcSettings s = bind(config.config().toString());
    assertThat(s.decisionQuorumPercent()).isEqualTo(75);
    assertThat(s.accompanimentMonths()).isEqualTo(2);
  }

  @Test
  void theBoundListsCannotBeChangedBehindTheConfiguration() {
    IcSettings d = bind(SCHEMA.defaults().toString());
    assertThatThrownBy(() -> d.priorities().add("anyone"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
