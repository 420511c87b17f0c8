package it.ponte.exchange.interfaces;

import it.ponte.exchange.application.Row;
import it.ponte.platform.domain.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The API's Bean Validation of a request body, its violations put on a row's columns. */
@ApplicationScoped
class Checks {

  @Inject Validator validator;

  /**
   * Validates a body as the API does and records each violation on its column.
   *
   * @param ignored fields the row does not carry (ids resolved later from external ids)
   * @param columns pointers whose column is named otherwise
   */
  void validate(Row row, Object body, Set<String> ignored, Map<String, String> columns) {
    List<FieldError> errors = new ArrayList<>();
    for (ConstraintViolation<Object> v : validator.validate(body)) {
      String pointer = pointer(v.getPropertyPath());
      if (!ignored.contains(pointer.substring(1))) {
        errors.add(new FieldError(pointer, v.getMessage()));
      }
    }
    errors.sort(java.util.Comparator.comparing(FieldError::pointer));
    row.fieldErrors(errors, columns);
  }

  void validate(Row row, Object body) {
    validate(row, body, Set.of(), Map.of());
  }

  private static String pointer(Path path) {
    StringBuilder pointer = new StringBuilder();
    for (Path.Node node : path) {
      if (node.getName() != null) {
        pointer.append('/').append(node.getName());
      }
    }
    return pointer.length() == 0 ? "/" : pointer.toString();
  }
}
