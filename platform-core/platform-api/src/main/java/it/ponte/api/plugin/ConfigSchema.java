package it.ponte.api.plugin;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A plugin's configuration schema: the part of JSON Schema that configuration needs. Supported:
 * {@code type} (object, array, string, integer, number, boolean), {@code properties}, {@code
 * required}, {@code additionalProperties: false}, {@code default}, {@code enum}, {@code minimum},
 * {@code maximum}, {@code minLength}, {@code maxLength}, {@code pattern}, {@code items}, {@code
 * minItems}, {@code maxItems}. Anything else in a schema is ignored, as a validator ignores unknown
 * keywords.
 *
 * <p>The platform checks every configuration against its plugin's schema and fills in the defaults
 * before the plugin sees it; a plugin's own tests use the same class to get the configuration the
 * platform would give it ({@link #defaults()}).
 */
public final class ConfigSchema {

  /**
   * What is wrong at one place of a configuration.
   *
   * @param pointer JSON Pointer (RFC 6901) to the value, "" for the whole configuration
   */
  public record Violation(String pointer, String detail) {}

  /** Reads a schema from the class path of a plugin (as its descriptor names it). */
  public static ConfigSchema read(ClassLoader loader, String resource) {
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("No configuration schema at " + resource);
      }
      return new ConfigSchema(Json.createReader(in).readObject());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A schema that accepts only an empty object: for plugins that take no configuration. */
  public static final ConfigSchema NONE =
      new ConfigSchema(
          Json.createObjectBuilder()
              .add("type", "object")
              .add("additionalProperties", false)
              .build());

  private final JsonObject schema;

  public ConfigSchema(JsonObject schema) {
    this.schema = schema;
  }

  /** The schema itself, as the plugin wrote it. */
  public JsonObject json() {
    return schema;
  }

  /** The outcome: the configuration with defaults filled in, or what is wrong with it. */
  public record Result(JsonObject config, List<Violation> errors) {

    public boolean isValid() {
      return errors.isEmpty();
    }
  }

  /** Checks a configuration (null = empty) and fills in the defaults of missing properties. */
  public Result validate(JsonObject config) {
    List<Violation> errors = new ArrayList<>();
    JsonValue filled =
        check(schema, config == null ? JsonValue.EMPTY_JSON_OBJECT : config, "", errors);
    return new Result(
        errors.isEmpty() && filled instanceof JsonObject o ? o : null, List.copyOf(errors));
  }

  /**
   * The configuration of a plugin enabled without settings: every default of the schema.
   *
   * @throws IllegalStateException when the defaults do not pass the schema (a bug of the schema)
   */
  public JsonObject defaults() {
    Result result = validate(null);
    if (!result.isValid()) {
      throw new IllegalStateException("The schema's defaults are invalid: " + result.errors());
    }
    return result.config();
  }

  private static JsonValue check(
      JsonObject schema, JsonValue value, String pointer, List<Violation> errors) {
    String type = schema.getString("type", null);
    if (type != null && !hasType(value, type)) {
      errors.add(new Violation(pointer, "must be of type " + type));
      return value;
    }
    if (schema.containsKey("enum") && !schema.getJsonArray("enum").contains(value)) {
      errors.add(new Violation(pointer, "must be one of " + schema.getJsonArray("enum")));
    }
    switch (value.getValueType()) {
      case OBJECT -> {
        return object(schema, value.asJsonObject(), pointer, errors);
      }
      case ARRAY -> {
        JsonArray array = value.asJsonArray();
        if (schema.containsKey("minItems") && array.size() < schema.getInt("minItems")) {
          errors.add(
              new Violation(pointer, "needs at least " + schema.getInt("minItems") + " items"));
        }
        if (schema.containsKey("maxItems") && array.size() > schema.getInt("maxItems")) {
          errors.add(
              new Violation(pointer, "has more than " + schema.getInt("maxItems") + " items"));
        }
        if (schema.containsKey("items")) {
          var builder = Json.createArrayBuilder();
          for (int i = 0; i < array.size(); i++) {
            builder.add(
                check(schema.getJsonObject("items"), array.get(i), pointer + "/" + i, errors));
          }
          return builder.build();
        }
        return array;
      }
      case STRING -> {
        String s = ((JsonString) value).getString();
        if (schema.containsKey("minLength") && s.length() < schema.getInt("minLength")) {
          errors.add(
              new Violation(
                  pointer, "must have at least " + schema.getInt("minLength") + " characters"));
        }
        if (schema.containsKey("maxLength") && s.length() > schema.getInt("maxLength")) {
          errors.add(
              new Violation(
                  pointer, "must have at most " + schema.getInt("maxLength") + " characters"));
        }
        if (schema.containsKey("pattern")
            && !Pattern.compile(schema.getString("pattern")).matcher(s).find()) {
          errors.add(new Violation(pointer, "must match " + schema.getString("pattern")));
        }
        return value;
      }
      case NUMBER -> {
        JsonNumber n = (JsonNumber) value;
        if (schema.containsKey("minimum")
            && n.bigDecimalValue().compareTo(schema.getJsonNumber("minimum").bigDecimalValue())
                < 0) {
          errors.add(new Violation(pointer, "must be at least " + schema.getJsonNumber("minimum")));
        }
        if (schema.containsKey("maximum")
            && n.bigDecimalValue().compareTo(schema.getJsonNumber("maximum").bigDecimalValue())
                > 0) {
          errors.add(new Violation(pointer, "must be at most " + schema.getJsonNumber("maximum")));
        }
        return value;
      }
      default -> {
        return value;
      }
    }
  }

  private static JsonObject object(
      JsonObject schema, JsonObject value, String pointer, List<Violation> errors) {
    JsonObject properties =
        schema.containsKey("properties")
            ? schema.getJsonObject("properties")
            : JsonValue.EMPTY_JSON_OBJECT;
    JsonObjectBuilder out = Json.createObjectBuilder();
    for (Map.Entry<String, JsonValue> e : value.entrySet()) {
      String child = pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1");
      if (properties.containsKey(e.getKey())) {
        out.add(
            e.getKey(), check(properties.getJsonObject(e.getKey()), e.getValue(), child, errors));
      } else if (schema.containsKey("additionalProperties")
          && schema.get("additionalProperties") == JsonValue.FALSE) {
        errors.add(
            new Violation(child, "is not a known setting; known ones are " + properties.keySet()));
      } else {
        out.add(e.getKey(), e.getValue());
      }
    }
    for (Map.Entry<String, JsonValue> p : properties.entrySet()) {
      if (!value.containsKey(p.getKey())) {
        JsonObject propertySchema = p.getValue().asJsonObject();
        if (propertySchema.containsKey("default")) {
          // A default object or array gets the defaults of its own properties too.
          out.add(
              p.getKey(),
              check(
                  propertySchema,
                  propertySchema.get("default"),
                  pointer + "/" + p.getKey(),
                  errors));
        } else if (schema.containsKey("required")
            && schema.getJsonArray("required").contains(Json.createValue(p.getKey()))) {
          errors.add(new Violation(pointer + "/" + p.getKey(), "is required"));
        }
      }
    }
    return out.build();
  }

  private static boolean hasType(JsonValue value, String type) {
    return switch (type) {
      case "object" -> value.getValueType() == JsonValue.ValueType.OBJECT;
      case "array" -> value.getValueType() == JsonValue.ValueType.ARRAY;
      case "string" -> value.getValueType() == JsonValue.ValueType.STRING;
      case "boolean" ->
          value.getValueType() == JsonValue.ValueType.TRUE
              || value.getValueType() == JsonValue.ValueType.FALSE;
      case "number" -> value.getValueType() == JsonValue.ValueType.NUMBER;
      case "integer" ->
          value.getValueType() == JsonValue.ValueType.NUMBER && ((JsonNumber) value).isIntegral();
      default -> true;
    };
  }
}
