package it.ponte.platform.interfaces;

import it.ponte.platform.domain.FieldError;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Maps Bean Validation violations to field errors with JSON Pointer paths into the request body. */
final class BeanValidation {

  private BeanValidation() {}

  static List<FieldError> fieldErrors(ConstraintViolationException cve) {
    List<FieldError> errors = new ArrayList<>();
    for (ConstraintViolation<?> violation : cve.getConstraintViolations()) {
      errors.add(new FieldError(pointer(violation.getPropertyPath()), violation.getMessage()));
    }
    errors.sort(Comparator.comparing(FieldError::pointer));
    return errors;
  }

  /**
   * The property path of a resource-method violation starts with the method and parameter
   * ({@code create.arg0.name}); the body's own path is what a client can act on.
   */
  private static String pointer(Path path) {
    StringBuilder pointer = new StringBuilder();
    for (Path.Node node : path) {
      if (node.getKind() == jakarta.validation.ElementKind.METHOD
          || node.getKind() == jakarta.validation.ElementKind.PARAMETER) {
        continue;
      }
      if (node.getIndex() != null) {
        pointer.append('/').append(node.getIndex());
      }
      if (node.getName() != null) {
        pointer.append('/').append(node.getName());
      }
    }
    return pointer.length() == 0 ? "/" : pointer.toString();
  }
}
