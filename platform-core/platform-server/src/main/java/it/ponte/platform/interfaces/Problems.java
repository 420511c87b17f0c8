package it.ponte.platform.interfaces;

import it.ponte.api.plugin.PluginRefusal;
import it.ponte.platform.domain.FieldError;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds RFC 9457 problem documents; the one place that knows their shape. */
public final class Problems {

  /** Looked up once: each {@code Json.create...} call searches the class path for a provider. */
  private static final JsonProvider JSON = JsonProvider.provider();

  /** The problem media type. */
  public static final String MEDIA_TYPE = "application/problem+json";

  /** Prefix of every problem {@code type}; the suffix is a stable slug. */
  public static final String TYPE_PREFIX = "urn:ponte:problem:";

  /** Seconds a client should wait before retrying when the database is unavailable. */
  public static final int RETRY_AFTER_SECONDS = 5;

  private Problems() {}

  /** The JSON text of a problem. */
  public static String json(
      String type,
      int status,
      String title,
      String detail,
      String instance,
      List<FieldError> errors) {
    return body(type, status, title, detail, instance, errors).build().toString();
  }

  /**
   * A plugin's refusal ({@link PluginRefusal}): its type, status, title and detail, and every
   * reason in {@code reasons}.
   */
  public static Response refusal(PluginRefusal refusal, String instance) {
    JsonArrayBuilder reasons = JSON.createArrayBuilder();
    refusal.reasons().forEach(reasons::add);
    return Response.status(refusal.status())
        .type(MediaType.valueOf(MEDIA_TYPE))
        .entity(
            body(
                    refusal.type(),
                    refusal.status(),
                    refusal.title(),
                    refusal.getMessage(),
                    instance,
                    List.of())
                .add("reasons", reasons)
                .build()
                .toString())
        .build();
  }

  private static JsonObjectBuilder body(
      String type,
      int status,
      String title,
      String detail,
      String instance,
      List<FieldError> errors) {
    JsonObjectBuilder body =
        JSON.createObjectBuilder()
            .add("type", TYPE_PREFIX + type)
            .add("title", title)
            .add("status", status);
    if (detail != null) {
      body.add("detail", detail);
    }
    if (instance != null) {
      body.add("instance", instance);
    }
    if (!errors.isEmpty()) {
      JsonArrayBuilder list = JSON.createArrayBuilder();
      for (FieldError error : errors) {
        list.add(
            JSON.createObjectBuilder()
                .add("pointer", error.pointer())
                .add("detail", error.detail()));
      }
      body.add("errors", list);
    }
    return body;
  }

  /** A response carrying a problem document. */
  public static Response.ResponseBuilder response(
      String type,
      int status,
      String title,
      String detail,
      String instance,
      List<FieldError> errors) {
    return Response.status(status)
        .type(MediaType.valueOf(MEDIA_TYPE))
        .entity(json(type, status, title, detail, instance, errors));
  }

  /** The 503 answer given while the database cannot be reached. */
  public static Response databaseUnavailable(String instance) {
    return response(
            "database-unavailable",
            503,
            "Service unavailable",
            "The database cannot be reached right now. Retry later.",
            instance,
            List.of())
        .header("Retry-After", RETRY_AFTER_SECONDS)
        .build();
  }
}
