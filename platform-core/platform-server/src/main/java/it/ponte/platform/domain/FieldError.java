package it.ponte.platform.domain;

import java.util.Objects;

/**
 * One invalid field: where it is, as a JSON Pointer into the request body (e.g. {@code /zones/2}),
 * and what is wrong with it.
 */
public record FieldError(String pointer, String detail) {

  public FieldError {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(detail, "detail");
  }
}
