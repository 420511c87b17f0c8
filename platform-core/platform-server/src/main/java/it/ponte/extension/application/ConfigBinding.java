package it.ponte.extension.application;

import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Binds a plugin's configuration (checked against its schema, defaults filled in) to the plugin's
 * own type with JSON-B. A configuration changes rarely and is read on most requests, so each
 * binding is kept, keyed by the type and the configuration itself; the types are records,
 * immutable.
 */
final class ConfigBinding {

  private static final Jsonb JSONB = JsonbBuilder.create();

  /** Enough for every plugin of several hundred territories; cleared whole when full. */
  private static final int MAX_ENTRIES = 4096;

  private record Key(Class<?> type, JsonObject config) {}

  private static final Map<Key, Object> BOUND = new ConcurrentHashMap<>();

  private ConfigBinding() {}

  static <T> T bind(String pluginId, JsonObject config, Class<T> type) {
    Key key = new Key(type, config);
    Object bound = BOUND.get(key);
    if (bound == null) {
      try {
        bound = JSONB.fromJson(config.toString(), type);
      } catch (JsonbException e) {
        throw new IllegalStateException(
            "The configuration of plugin '"
                + pluginId
                + "' does not bind to "
                + type.getName()
                + " (the type and the plugin's schema disagree): "
                + e.getMessage(),
            e);
      }
      if (BOUND.size() >= MAX_ENTRIES) {
        BOUND.clear();
      }
      BOUND.put(key, bound);
    }
    return type.cast(bound);
  }
}
