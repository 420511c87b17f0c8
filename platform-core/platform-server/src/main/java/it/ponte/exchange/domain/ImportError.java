package it.ponte.exchange.domain;

/**
 * One thing wrong in a file: where (the spreadsheet's row number, the header being row 1, and the
 * column's name; row 0 and no column for the file as a whole), a stable code and what is wrong.
 */
public record ImportError(int row, String column, String code, String message) {

  /** The code of the API's own field checks: the same messages as a 422 from the API. */
  public static final String VALIDATION = "validation-failed";

  /** A cell that cannot be read as its column's type (a date, a number, a listed value). */
  public static final String INVALID_VALUE = "invalid-value";

  /** A reference by external id to a record that no import of the territory wrote. */
  public static final String UNKNOWN_REFERENCE = "unknown-reference";

  /** The same key twice in one file. */
  public static final String DUPLICATE = "duplicate-key";

  /** A date that history rules out (before the registration, an end before its start). */
  public static final String HISTORY = "history";

  /** A header naming a column the kind does not have. */
  public static final String UNKNOWN_COLUMN = "unknown-column";

  /** A header without a column the kind requires. */
  public static final String MISSING_COLUMN = "missing-column";

  /** A file that cannot be read at all (not UTF-8, not an Excel workbook, no header). */
  public static final String UNREADABLE = "unreadable-file";
}
