package it.ponte.platform.domain;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Small sets of codes stored in one text column, comma-separated and sorted, so that a set reads
 * the same whatever order it was written in and SQL can test membership with {@code ',' || column
 * || ',' LIKE '%,CODE,%'}.
 */
public final class Codes {

  private Codes() {}

  /** The column value of a set of codes, null when empty. */
  public static String join(Collection<?> codes) {
    if (codes == null || codes.isEmpty()) {
      return null;
    }
    return codes.stream()
        .map(c -> c instanceof Enum<?> e ? e.name() : c.toString())
        .sorted()
        .distinct()
        .collect(Collectors.joining(","));
  }

  /** The codes of a column value. */
  public static Set<String> split(String column) {
    if (column == null || column.isEmpty()) {
      return Set.of();
    }
    return new TreeSet<>(Arrays.asList(column.split(",")));
  }

  /** The enum constants of a column value. */
  public static <E extends Enum<E>> Set<E> enums(String column, Class<E> type) {
    Set<E> set = EnumSet.noneOf(type);
    if (column == null || column.isEmpty()) {
      return set;
    }
    // Read on hot paths (matching scans every candidate in protocol): no intermediate collections.
    int start = 0;
    while (start <= column.length()) {
      int comma = column.indexOf(',', start);
      int end = comma < 0 ? column.length() : comma;
      if (end > start) {
        set.add(Enum.valueOf(type, column.substring(start, end)));
      }
      start = end + 1;
    }
    return set;
  }
}
