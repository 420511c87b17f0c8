package it.ponte.demo.domain;

import java.util.List;
import java.util.Map;
import java.util.Random;

/** Seeded random choices for demo data: the same seed gives the same territory. */
public final class Draw {

  private final Random random;

  public Draw(long seed) {
    this.random = new Random(seed);
  }

  public int between(int fromInclusive, int toInclusive) {
    return fromInclusive + random.nextInt(toInclusive - fromInclusive + 1);
  }

  public boolean chance(int percent) {
    return random.nextInt(100) < percent;
  }

  public <T> T one(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  /**
   * One enum constant drawn with the recipe's weights; constants without a weight are never drawn,
   * and without any weights all are equally likely.
   */
  public <E extends Enum<E>> E weighted(Class<E> type, Map<String, Integer> weights) {
    E[] all = type.getEnumConstants();
    if (weights == null || weights.isEmpty()) {
      return all[random.nextInt(all.length)];
    }
    int total = weights.values().stream().mapToInt(Integer::intValue).sum();
    int pick = random.nextInt(Math.max(1, total));
    for (Map.Entry<String, Integer> e : weights.entrySet()) {
      pick -= e.getValue();
      if (pick < 0) {
        return Enum.valueOf(type, e.getKey());
      }
    }
    return all[0];
  }

  /** One item drawn with probability proportional to its weight (weights of at least 0). */
  public <T> T weighted(List<T> items, java.util.function.ToIntFunction<T> weight) {
    long total = 0;
    for (T item : items) {
      total += Math.max(0, weight.applyAsInt(item));
    }
    long pick = (long) (random.nextDouble() * Math.max(1, total));
    for (T item : items) {
      pick -= Math.max(0, weight.applyAsInt(item));
      if (pick < 0) {
        return item;
      }
    }
    return items.get(items.size() - 1);
  }

  /**
   * One item, the first ones far likelier than the last (the k-th weighs 1/k): a few companies take
   * most placements and many take one, as a Board's ranking shows.
   */
  public <T> T skewed(List<T> items) {
    double total = 0;
    for (int k = 1; k <= items.size(); k++) {
      total += 1.0 / k;
    }
    double pick = random.nextDouble() * total;
    for (int k = 1; k <= items.size(); k++) {
      pick -= 1.0 / k;
      if (pick < 0) {
        return items.get(k - 1);
      }
    }
    return items.get(items.size() - 1);
  }
}
