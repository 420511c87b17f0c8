package it.ponte.reporting.domain;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * People counted by the values of a comma-separated column (languages, licences, difficulties): a
 * person counts once in each of their values, however often a value is written. Fed with how many
 * people share each whole list, so the database groups by the list and never unnests it.
 */
public final class ListedValues {

  private final Map<String, Long> counts = new TreeMap<>();

  /** Adds {@code people} whose column holds {@code list}; an empty or missing list adds nothing. */
  public void add(String list, long people) {
    for (String value : values(list)) {
      counts.merge(value, people, Long::sum);
    }
  }

  /** People per value, in the values' alphabetical order. */
  public Map<String, Long> counts() {
    return counts;
  }

  /** The distinct values of a list, in their written order; none for null or "". */
  public static Set<String> values(String list) {
    Set<String> values = new LinkedHashSet<>();
    if (list != null && !list.isEmpty()) {
      for (String v : list.split(",", -1)) {
        values.add(v);
      }
    }
    return values;
  }
}
