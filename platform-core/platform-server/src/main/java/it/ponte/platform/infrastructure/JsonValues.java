package it.ponte.platform.infrastructure;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Converts between JSON-P values and plain maps, lists, strings, numbers and booleans. */
public final class JsonValues {

  /** Looked up once: each {@code Json.create...} call searches the class path for a provider. */
  private static final JsonProvider JSON = JsonProvider.provider();

  private JsonValues() {}

  /** A JSON value as plain Java: objects become ordered maps, integral numbers Integer or Long. */
  public static Object toPlain(JsonValue value) {
    if (value == null) {
      return null;
    }
    switch (value.getValueType()) {
      case OBJECT -> {
        Map<String, Object> map = new LinkedHashMap<>();
        ((JsonObject) value).forEach((k, v) -> map.put(k, toPlain(v)));
        return map;
      }
      case ARRAY -> {
        List<Object> list = new ArrayList<>();
        ((JsonArray) value).forEach(v -> list.add(toPlain(v)));
        return list;
      }
      case STRING -> {
        return ((JsonString) value).getString();
      }
      case NUMBER -> {
        JsonNumber n = (JsonNumber) value;
        if (n.isIntegral()) {
          BigInteger big = n.bigIntegerValue();
          if (big.bitLength() < 32) {
            return big.intValue();
          }
          if (big.bitLength() < 64) {
            return big.longValue();
          }
        }
        return n.bigDecimalValue();
      }
      case TRUE -> {
        return Boolean.TRUE;
      }
      case FALSE -> {
        return Boolean.FALSE;
      }
      default -> {
        return null;
      }
    }
  }

  /** Plain Java (maps, lists, strings, numbers, booleans, null) as a JSON value. */
  public static JsonValue toJson(Object plain) {
    if (plain == null) {
      return JsonValue.NULL;
    }
    if (plain instanceof Map<?, ?> map) {
      JsonObjectBuilder object = JSON.createObjectBuilder();
      map.forEach((k, v) -> object.add(String.valueOf(k), toJson(v)));
      return object.build();
    }
    if (plain instanceof Iterable<?> items) {
      JsonArrayBuilder array = JSON.createArrayBuilder();
      items.forEach(v -> array.add(toJson(v)));
      return array.build();
    }
    if (plain instanceof String s) {
      return JSON.createValue(s);
    }
    if (plain instanceof Boolean b) {
      return b ? JsonValue.TRUE : JsonValue.FALSE;
    }
    if (plain instanceof Integer i) {
      return JSON.createValue(i);
    }
    if (plain instanceof Long l) {
      return JSON.createValue(l);
    }
    if (plain instanceof BigDecimal d) {
      return JSON.createValue(d);
    }
    if (plain instanceof BigInteger b) {
      return JSON.createValue(b);
    }
    if (plain instanceof Number n) {
      return JSON.createValue(new BigDecimal(n.toString()));
    }
    return JSON.createValue(plain.toString());
  }
}
