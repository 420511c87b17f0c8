package it.ponte.reporting.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many people took each number of days (from registration to first interview, say): enough to
 * give the median without holding every person, as PostgreSQL's {@code percentile_cont(0.5)} would
 * over the same values.
 */
public final class DayCounts {

  private final TreeMap<Integer, Long> counts = new TreeMap<>();
  private long total;

  /** Adds {@code people} who took {@code days}. */
  public void add(int days, long people) {
    if (people < 0) {
      throw new IllegalArgumentException("people " + people);
    }
    if (people > 0) {
      counts.merge(days, people, Long::sum);
      total += people;
    }
  }

  public long total() {
    return total;
  }

  /**
   * The median, one decimal half up: the middle value, or halfway between the two middle values
   * when the count is even; null when there is nobody.
   */
  public BigDecimal median() {
    if (total == 0) {
      return null;
    }
    long lower = (total - 1) / 2; // 0-based positions of the middle values
    long upper = total / 2;
    Integer low = null;
    Integer high = null;
    long seen = 0;
    for (Map.Entry<Integer, Long> e : counts.entrySet()) {
      long next = seen + e.getValue();
      if (low == null && lower < next) {
        low = e.getKey();
      }
      if (upper < next) {
        high = e.getKey();
        break;
      }
      seen = next;
    }
    return BigDecimal.valueOf((long) low + high)
        .divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP);
  }
}
