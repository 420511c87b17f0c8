package it.ponte.platform.application;

import it.ponte.platform.domain.FieldError;
import java.util.List;
import java.util.Map;

/**
 * A failure that the client caused or must know about, carried to the HTTP edge as an RFC 9457
 * problem. The {@code type} is a stable slug that clients may rely on.
 */
public class ProblemException extends RuntimeException {

  private final int status;
  private final String type;
  private final String title;
  private final List<FieldError> errors;
  private final Map<String, String> headers;

  public ProblemException(int status, String type, String title, String detail) {
    this(status, type, title, detail, List.of(), Map.of(), null);
  }

  public ProblemException(
      int status,
      String type,
      String title,
      String detail,
      List<FieldError> errors,
      Map<String, String> headers,
      Throwable cause) {
    super(detail, cause);
    this.status = status;
    this.type = type;
    this.title = title;
    this.errors = List.copyOf(errors);
    this.headers = Map.copyOf(headers);
  }

  /**
   * 404 for a resource that does not exist in this tenant; never says whether it exists elsewhere.
   */
  public static ProblemException notFound(String what) {
    return new ProblemException(404, "not-found", "Not found", what + " was not found.");
  }

  /** 422 with the fields that failed validation. */
  public static ProblemException validation(List<FieldError> errors) {
    return new ProblemException(
        422,
        "validation-failed",
        "The request is not valid",
        errors.size() == 1 ? "1 field is not valid." : errors.size() + " fields are not valid.",
        errors,
        Map.of(),
        null);
  }

  /** 409 for a request that clashes with the current state. */
  /**
   * 409 when a client sends back a version other than the current one: someone changed the resource
   * since the client read it.
   *
   * @param expected the version the client read, or null not to check
   */
  public static void requireVersion(String what, long current, Long expected) {
    if (expected != null && expected != current) {
      throw conflict(
          "stale-version",
          what
              + " is at version "
              + current
              + ", not "
              + expected
              + ": someone changed it since you read it. Read it again.");
    }
  }

  public static ProblemException conflict(String type, String detail) {
    return new ProblemException(409, type, "Conflict", detail);
  }

  public int status() {
    return status;
  }

  public String type() {
    return type;
  }

  public String title() {
    return title;
  }

  public List<FieldError> errors() {
    return errors;
  }

  public Map<String, String> headers() {
    return headers;
  }
}
