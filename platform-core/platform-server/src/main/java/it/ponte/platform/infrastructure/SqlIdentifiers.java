package it.ponte.platform.infrastructure;

import java.util.regex.Pattern;

/**
 * Quotes database identifiers that cannot be bound as parameters (schema and role names). Only
 * names already derived from a validated id are accepted; anything else is refused outright.
 */
public final class SqlIdentifiers {

  private static final Pattern SAFE = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

  private SqlIdentifiers() {}

  /**
   * The identifier in double quotes, after checking it holds only lower-case letters, digits and
   * underscores.
   */
  public static String quote(String identifier) {
    if (identifier == null || !SAFE.matcher(identifier).matches()) {
      throw new IllegalArgumentException("Refusing unsafe SQL identifier: " + identifier);
    }
    return '"' + identifier + '"';
  }
}
