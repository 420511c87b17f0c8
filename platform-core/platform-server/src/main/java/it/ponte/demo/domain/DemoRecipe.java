package it.ponte.demo.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How much demo data to make for a territory and in which proportions. Shares are relative weights
 * (e.g. percentages) keyed by enum constant names.
 *
 * @param seed the same seed always gives the same data
 * @param months registrations are spread over this many months before today
 * @param shares named distributions: profileType, readiness, employability, placementType,
 *     contract, referral
 * @param placedPercent share of candidates in protocol who get a placement
 * @param plugins each enabled plugin's section of the recipe, by plugin id, handed to the plugin
 */
public record DemoRecipe(
    long seed,
    int candidates,
    int companies,
    int months,
    int courses,
    int placedPercent,
    Map<String, Map<String, Integer>> shares,
    Map<String, Map<String, Object>> plugins) {

  /** The distributions a recipe may set. */
  public static final List<String> DISTRIBUTIONS =
      List.of("profileType", "readiness", "employability", "placementType", "contract", "referral");

  public DemoRecipe {
    if (candidates < 0 || candidates > 100_000 || companies < 1 || companies > 10_000) {
      throw new IllegalArgumentException("candidates 0-100000, companies 1-10000");
    }
    if (months < 1 || months > 60 || courses < 0 || courses > 100) {
      throw new IllegalArgumentException("months 1-60, courses 0-100");
    }
    if (placedPercent < 0 || placedPercent > 100) {
      throw new IllegalArgumentException("placedPercent 0-100");
    }
    shares = Map.copyOf(Objects.requireNonNull(shares, "shares"));
    plugins = Map.copyOf(plugins == null ? Map.of() : plugins);
  }

  /** Reads a recipe from parsed YAML. */
  @SuppressWarnings("unchecked")
  public static DemoRecipe of(Map<?, ?> raw) {
    Map<String, Map<String, Integer>> shares = new LinkedHashMap<>();
    Object rawShares = raw.get("shares");
    if (rawShares instanceof Map<?, ?> map) {
      map.forEach(
          (k, v) -> {
            if (!DISTRIBUTIONS.contains(String.valueOf(k)) || !(v instanceof Map<?, ?>)) {
              throw new IllegalArgumentException("unknown or malformed share " + k);
            }
            Map<String, Integer> weights = new LinkedHashMap<>();
            ((Map<Object, Object>) v)
                .forEach((c, w) -> weights.put(String.valueOf(c), ((Number) w).intValue()));
            shares.put(String.valueOf(k), weights);
          });
    }
    Map<String, Map<String, Object>> plugins = new LinkedHashMap<>();
    if (raw.get("plugins") instanceof Map<?, ?> map) {
      map.forEach(
          (k, v) -> {
            if (!(v instanceof Map<?, ?>)) {
              throw new IllegalArgumentException("plugins." + k + " must be an object");
            }
            Map<String, Object> section = new LinkedHashMap<>();
            ((Map<Object, Object>) v).forEach((c, w) -> section.put(String.valueOf(c), w));
            plugins.put(String.valueOf(k), section);
          });
    }
    return new DemoRecipe(
        number(raw, "seed", 1),
        (int) number(raw, "candidates", 300),
        (int) number(raw, "companies", 30),
        (int) number(raw, "months", 12),
        (int) number(raw, "courses", 5),
        (int) number(raw, "placedPercent", 40),
        shares,
        plugins);
  }

  private static long number(Map<?, ?> raw, String key, long fallback) {
    Object value = raw.get(key);
    if (value == null) {
      return fallback;
    }
    if (!(value instanceof Number n)) {
      throw new IllegalArgumentException(key + " must be a number");
    }
    return n.longValue();
  }
}
