package it.ponte.extension.domain;

import java.util.Arrays;

/**
 * A version range in Maven notation: {@code [1.0,2.0)}, {@code [1.0,)}, {@code (,2.0]} or a bare
 * version {@code 1.0} meaning "at least 1.0". Versions compare numerically part by part.
 */
public record VersionRange(String low, boolean lowInclusive, String high, boolean highInclusive) {

  /**
   * @throws IllegalArgumentException if the text is not a range
   */
  public static VersionRange parse(String text) {
    String t = text == null ? "" : text.strip();
    if (t.matches("\\d+(\\.\\d+)*")) {
      return new VersionRange(t, true, null, false);
    }
    if (t.length() < 3
        || "[(".indexOf(t.charAt(0)) < 0
        || "])".indexOf(t.charAt(t.length() - 1)) < 0
        || !t.contains(",")) {
      throw new IllegalArgumentException("'" + text + "' is not a version range such as [1.0,2.0)");
    }
    String[] bounds = t.substring(1, t.length() - 1).split(",", -1);
    if (bounds.length != 2) {
      throw new IllegalArgumentException("'" + text + "' has more than two bounds");
    }
    String low = bounds[0].strip();
    String high = bounds[1].strip();
    for (String bound : new String[] {low, high}) {
      if (!bound.isEmpty() && !bound.matches("\\d+(\\.\\d+)*")) {
        throw new IllegalArgumentException("'" + bound + "' is not a version");
      }
    }
    return new VersionRange(
        low.isEmpty() ? null : low,
        t.charAt(0) == '[',
        high.isEmpty() ? null : high,
        t.charAt(t.length() - 1) == ']');
  }

  /** Whether {@code version} is inside the range. */
  public boolean contains(String version) {
    if (low != null) {
      int c = compare(version, low);
      if (c < 0 || (c == 0 && !lowInclusive)) {
        return false;
      }
    }
    if (high != null) {
      int c = compare(version, high);
      return c < 0 || (c == 0 && highInclusive);
    }
    return true;
  }

  static int compare(String a, String b) {
    int[] x = Arrays.stream(a.split("\\.")).mapToInt(Integer::parseInt).toArray();
    int[] y = Arrays.stream(b.split("\\.")).mapToInt(Integer::parseInt).toArray();
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      int xi = i < x.length ? x[i] : 0;
      int yi = i < y.length ? y[i] : 0;
      if (xi != yi) {
        return Integer.compare(xi, yi);
      }
    }
    return 0;
  }
}
