package it.ponte.exchange.application;

import it.ponte.exchange.domain.ImportError;
import it.ponte.exchange.domain.ImportKind;
import it.ponte.platform.domain.FieldError;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One data row of a file, read as the API's types: each reader answers null for an empty cell and
 * records an {@link ImportError#INVALID_VALUE} error on the row and column for a cell it cannot
 * read. Several values in one cell are separated by {@code |}.
 */
public final class Row {

  /** Separates several values in one cell. */
  public static final String SEPARATOR = "|";

  private final ImportKind kind;
  private final int number;
  private final Map<String, String> cells;
  private final ZoneId zone;
  private final List<ImportError> errors = new ArrayList<>(0);

  /**
   * @param cells the row's cells by column name, only the columns the header has
   * @param zone the territory's time zone, for local date-times
   */
  public Row(ImportKind kind, int number, Map<String, String> cells, ZoneId zone) {
    this.kind = kind;
    this.number = number;
    this.cells = cells;
    this.zone = zone;
  }

  public int number() {
    return number;
  }

  public ImportKind kind() {
    return kind;
  }

  /** The stripped text of a cell, null when it is empty or the column is not in the file. */
  public String text(String column) {
    String value = cells.get(column);
    if (value == null) {
      return null;
    }
    value = value.strip();
    return value.isEmpty() ? null : value;
  }

  public LocalDate date(String column) {
    String value = text(column);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      invalid(column, "is not a date written as YYYY-MM-DD");
      return null;
    }
  }

  /**
   * An instant with an offset, or a local date-time (or date, at midnight) in the territory's zone.
   */
  public OffsetDateTime instant(String column) {
    String value = text(column);
    if (value == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value);
    } catch (DateTimeParseException withoutOffset) {
      try {
        LocalDateTime local =
            value.length() == 10
                ? LocalDate.parse(value).atStartOfDay()
                : LocalDateTime.parse(value.replace(' ', 'T'));
        return local.atZone(zone).toOffsetDateTime();
      } catch (DateTimeParseException e) {
        invalid(
            column,
            "is not a date-time written as YYYY-MM-DDTHH:MM:SS, with an offset such as +01:00 or"
                + " in the territory's time zone");
        return null;
      }
    }
  }

  public <E extends Enum<E>> E value(String column, Class<E> type) {
    String value = text(column);
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      invalid(column, "must be one of " + Arrays.toString(type.getEnumConstants()));
      return null;
    }
  }

  /** The values of a cell of several listed values; empty for an empty cell. */
  public <E extends Enum<E>> Set<E> values(String column, Class<E> type) {
    Set<E> set = EnumSet.noneOf(type);
    for (String value : texts(column)) {
      try {
        set.add(Enum.valueOf(type, value));
      } catch (IllegalArgumentException e) {
        invalid(
            column,
            "'"
                + value
                + "' must be one of "
                + Arrays.toString(type.getEnumConstants())
                + " (several separated by |)");
        return EnumSet.noneOf(type);
      }
    }
    return set;
  }

  /** The texts of a cell of several values; empty for an empty cell. */
  public Set<String> texts(String column) {
    String value = text(column);
    if (value == null) {
      return Set.of();
    }
    Set<String> set = new LinkedHashSet<>();
    for (String part : value.split("\\|")) {
      if (!part.isBlank()) {
        set.add(part.strip());
      }
    }
    return set;
  }

  /** true or false; also the Italian VERO, FALSO, SI, SÌ, NO a spreadsheet may write. */
  public Boolean bool(String column) {
    String value = text(column);
    if (value == null) {
      return null;
    }
    switch (value.toLowerCase(java.util.Locale.ROOT)) {
      case "true", "vero", "si", "sì", "yes", "1" -> {
        return Boolean.TRUE;
      }
      case "false", "falso", "no", "0" -> {
        return Boolean.FALSE;
      }
      default -> {
        invalid(column, "must be true or false");
        return null;
      }
    }
  }

  public Integer integer(String column) {
    String value = text(column);
    if (value == null) {
      return null;
    }
    try {
      return Integer.valueOf(value);
    } catch (NumberFormatException e) {
      invalid(column, "is not a whole number");
      return null;
    }
  }

  /** A decimal number, with a point or, as Italian spreadsheets write it, a comma. */
  public BigDecimal decimal(String column) {
    String value = text(column);
    if (value == null) {
      return null;
    }
    String plain = value.indexOf('.') < 0 ? value.replace(',', '.') : value;
    try {
      return new BigDecimal(plain);
    } catch (NumberFormatException e) {
      invalid(column, "is not a number");
      return null;
    }
  }

  /**
   * Records the API's "must not be null" on a column the row leaves empty, unless the column
   * already has its error (a value that could not be read).
   */
  public void require(String column, Object value) {
    if (value == null && errors.stream().noneMatch(e -> column.equals(e.column()))) {
      error(column, ImportError.VALIDATION, "must not be null");
    }
  }

  /** Records an error on one of the row's columns. */
  public void error(String column, String code, String message) {
    errors.add(new ImportError(number, column, code, message));
  }

  private void invalid(String column, String message) {
    error(column, ImportError.INVALID_VALUE, message);
  }

  /**
   * Records the API's field errors on their columns: a pointer names the column, less its leading
   * slash and any index ({@code /languages/2} is the column {@code languages}); {@code columns}
   * maps the pointers whose column is named otherwise (the consent's {@code /consent/purposes} is
   * {@code consentPurposes}).
   */
  public void fieldErrors(List<FieldError> fieldErrors, Map<String, String> columns) {
    for (FieldError e : fieldErrors) {
      String column = columns.get(e.pointer());
      if (column == null) {
        String[] parts = e.pointer().split("/");
        column = parts.length > 1 ? parts[1] : e.pointer();
      }
      error(column, ImportError.VALIDATION, e.detail());
    }
  }

  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  public List<ImportError> errors() {
    return errors;
  }

  /**
   * What the row says, whatever the order of its columns or of the values in a cell: equal for rows
   * that say the same, so a re-imported row that says what the record says changes nothing.
   */
  public String hash() {
    StringBuilder canonical = new StringBuilder();
    for (String column : kind.columns()) {
      String value = text(column);
      if (value == null) {
        continue;
      }
      if (value.contains(SEPARATOR)) {
        value = String.join(SEPARATOR, new TreeSet<>(texts(column)));
      }
      canonical.append(column).append('=').append(value).append('\n');
    }
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(sha.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)))
          .substring(0, 32);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
