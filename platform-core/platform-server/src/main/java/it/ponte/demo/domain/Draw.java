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
}
