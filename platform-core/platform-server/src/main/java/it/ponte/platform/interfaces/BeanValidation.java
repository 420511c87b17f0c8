package it.ponte.platform.interfaces;

import it.ponte.platform.domain.FieldError;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Answers Bean Validation failures with a 422 problem listing each field, as a JSON Pointer into
 * the request body (or the name of a violated query parameter).
 */
@Provider
public class BeanValidation implements ExceptionMapper<ConstraintViolationException> {

  @Context UriInfo uriInfo;

  /**
   * Registered for the exact exception type so that it wins over the JAX-RS implementation's own
   * validation mapper, which answers 400 without a body.
   */
  @Override
  public Response toResponse(ConstraintViolationException cve) {
    return problem(cve, uriInfo == null ? null : uriInfo.getRequestUri().getRawPath());
  }

  static Response problem(ConstraintViolationException cve, String instance) {
    List<FieldError> errors = fieldErrors(cve);
    return Problems.response(
            "validation-failed",
            422,
            "The request is not valid",
            errors.size() == 1 ? "1 field is not valid." : errors.size() + " fields are not valid.",
            instance,
            errors)
        .build();
  }

  static List<FieldError> fieldErrors(ConstraintViolationException cve) {
    List<FieldError> errors = new ArrayList<>();
    for (ConstraintViolation<?> violation : cve.getConstraintViolations()) {
      errors.add(new FieldError(pointer(violation.getPropertyPath()), violation.getMessage()));
    }
    errors.sort(Comparator.comparing(FieldError::pointer));
    return errors;
  }

  /**
   * The property path of a resource-method violation starts with the method and parameter ({@code
   * create.arg0.name}); the body's own path is what a client can act on.
   */
  private static String pointer(Path path) {
    StringBuilder pointer = new StringBuilder();
    String parameter = null;
    for (Path.Node node : path) {
      if (node.getKind() == ElementKind.METHOD) {
        continue;
      }
      if (node.getKind() == ElementKind.PARAMETER) {
        parameter = node.getName();
        continue;
      }
      if (node.getIndex() != null) {
        pointer.append('/').append(node.getIndex());
      }
      if (node.getName() != null) {
        pointer.append('/').append(node.getName());
      }
    }
    if (pointer.length() == 0) {
      // A violated query or path parameter rather than a field of the body.
      return parameter == null ? "" : parameter;
    }
    return pointer.toString();
  }
}
