package it.ponte.api.tenant;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The stable id of a territory, such as {@code bergamo}: lower-case letters, digits and hyphens,
 * starting with a letter, 2 to 40 characters.
 *
 * <p>The id is the only input from which database identifiers are derived. Because the pattern
 * admits no quote, space, dot or upper-case letter, and hyphen is the only character mapped (to
 * underscore, which the pattern itself never admits), two different ids always give two different
 * schema and role names.
 */
public final class TenantId implements Comparable<TenantId> {

  /** The pattern every tenant id matches. */
  public static final Pattern PATTERN = Pattern.compile("[a-z][a-z0-9-]{1,39}");

  private final String value;

  private TenantId(String value) {
    this.value = value;
  }

  /**
   * Parses a tenant id.
   *
   * @throws IllegalArgumentException if the value does not match {@link #PATTERN}
   */
  public static TenantId of(String value) {
    if (!isValid(value)) {
      throw new IllegalArgumentException(
          "Invalid tenant id: it must match "
              + PATTERN.pattern()
              + " (lower-case letters, digits, hyphens)");
    }
    return new TenantId(value);
  }

  /** Whether the value is a well-formed tenant id. */
  public static boolean isValid(String value) {
    return value != null && PATTERN.matcher(value).matches();
  }

  public String value() {
    return value;
  }

  /** The PostgreSQL schema holding this tenant's tables, e.g. {@code t_val_seriana}. */
  public String schemaName() {
    return "t_" + value.replace('-', '_');
  }

  /** The PostgreSQL role that owns the tenant schema and runs every tenant transaction. */
  public String roleName() {
    return "ponte_t_" + value.replace('-', '_');
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TenantId other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value);
  }

  @Override
  public int compareTo(TenantId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
