package it.ponte.api.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import it.ponte.api.plugin.ConfigSchema.Violation;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ConfigSchemaTest {

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }

  private static final ConfigSchema SCHEMA =
      new ConfigSchema(
          json(
              """
              {"type": "object", "additionalProperties": false, "required": ["phase"],
               "properties": {
                 "phase": {"type": "string", "enum": ["III", "IV"]},
                 "multiplier": {"type": "integer", "minimum": 1, "maximum": 10, "default": 4},
                 "name": {"type": "string", "maxLength": 5, "pattern": "^[a-z]+$"},
                 "bands": {"type": "array", "maxItems": 2, "items": {"type": "number", "minimum": 0}},
                 "nested": {"type": "object", "properties": {"on": {"type": "boolean", "default": true}},
                            "default": {}}}}
              """));

  @Test
  void fillsDefaultsIntoAValidConfiguration() {
    ConfigSchema.Result r = SCHEMA.validate(json("{\"phase\": \"IV\"}"));
    assertThat(r.errors()).isEmpty();
    assertThat(r.config().getInt("multiplier")).isEqualTo(4);
    assertThat(r.config().getString("phase")).isEqualTo("IV");
    assertThat(r.config().getJsonObject("nested").getBoolean("on"))
        .as("a default object gets its own defaults")
        .isTrue();
  }

  @Test
  void reportsEveryBadFieldWithItsPointer() {
    ConfigSchema.Result r =
        SCHEMA.validate(
            json(
                """
                {"multiplier": 11, "name": "Toolong", "bands": [1, -1, 3], "colour": "red",
                 "nested": {"on": "yes"}}
                """));
    assertThat(r.isValid()).isFalse();
    assertThat(r.errors())
        .extracting(Violation::pointer)
        .containsExactlyInAnyOrder(
            "/phase",
            "/multiplier",
            "/name",
            "/name",
            "/bands",
            "/bands/1",
            "/colour",
            "/nested/on");
  }

  @Test
  void noSchemaMeansNoSettings() {
    assertThat(ConfigSchema.NONE.validate(null).isValid()).isTrue();
    assertThat(ConfigSchema.NONE.validate(json("{\"x\": 1}")).errors())
        .extracting(Violation::pointer)
        .containsExactly("/x");
  }
}
