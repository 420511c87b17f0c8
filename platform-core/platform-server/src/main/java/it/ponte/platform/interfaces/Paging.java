package it.ponte.platform.interfaces;

import it.ponte.platform.application.ProblemException;
import it.ponte.platform.domain.FieldError;
import java.util.ArrayList;
import java.util.List;

/**
 * The paging parameters every list takes ({@code offset}, {@code limit}). Checked by hand rather
 * than with {@code @Min}/{@code @Max}: Payara's OpenAPI generator fails on constrained query
 * parameters.
 */
public final class Paging {

  /** Largest page a client may ask for. */
  public static final int MAX_LIMIT = 500;

  private Paging() {}

  /**
   * Refuses a negative offset or a limit outside 1..{@value #MAX_LIMIT}.
   *
   * @throws ProblemException 422 naming each bad parameter
   */
  public static void check(int offset, int limit) {
    List<FieldError> errors = new ArrayList<>();
    if (offset < 0) {
      errors.add(new FieldError("offset", "must be 0 or more"));
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      errors.add(new FieldError("limit", "must be from 1 to " + MAX_LIMIT));
    }
    if (!errors.isEmpty()) {
      throw ProblemException.validation(errors);
    }
  }
}
