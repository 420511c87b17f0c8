package it.ponte.plugin.mc.domain;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/** The plugin's configuration with every default of its schema, as the platform would fill it. */
final class DefaultConfig {

  private DefaultConfig() {}

  static Map<String, Object> read() {
    try (InputStream in = DefaultConfig.class.getResourceAsStream("/mc/config.schema.json")) {
      return fill(Json.createReader(in).readObject(), JsonValue.EMPTY_JSON_OBJECT);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Map<String, Object> fill(JsonObject schema, JsonObject value) {
    Map<String, Object> out = new LinkedHashMap<>();
    JsonObject properties = schema.getJsonObject("properties");
    for (Map.Entry<String, JsonValue> p : properties.entrySet()) {
      JsonObject propertySchema = p.getValue().asJsonObject();
      JsonValue v =
          value.containsKey(p.getKey()) ? value.get(p.getKey()) : propertySchema.get("default");
      if (v != null
          && v.getValueType() == JsonValue.ValueType.OBJECT
          && propertySchema.containsKey("properties")) {
        out.put(p.getKey(), fill(propertySchema, v.asJsonObject()));
      } else if (v != null) {
        out.put(p.getKey(), plain(v));
      }
    }
    return out;
  }

  static Object plain(JsonValue v) {
    return switch (v.getValueType()) {
      case OBJECT -> {
        Map<String, Object> m = new LinkedHashMap<>();
        v.asJsonObject().forEach((k, x) -> m.put(k, plain(x)));
        yield m;
      }
      case ARRAY -> v.asJsonArray().stream().map(DefaultConfig::plain).toList();
      case STRING -> ((JsonString) v).getString();
      case NUMBER ->
          ((JsonNumber) v).isIntegral()
              ? ((JsonNumber) v).longValue()
              : ((JsonNumber) v).doubleValue();
      case TRUE -> Boolean.TRUE;
      case FALSE -> Boolean.FALSE;
      case NULL -> null;
    };
  }
}
