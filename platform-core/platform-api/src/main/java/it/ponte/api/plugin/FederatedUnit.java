package it.ponte.api.plugin;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One unit behind a plugin's federated figure. The key identifies the unit inside the plugin and
 * the territory (e.g. {@code "loan:42"}); it never leaves the platform and serves only to draw the
 * figure's perturbation from the exact set of units behind it. A count figure has no amount; a euro
 * figure gives the amount of each unit.
 *
 * @param figure the figure's name, e.g. {@code "loans approved"} or {@code "disbursed EUR"}
 * @param key the unit's stable key within the plugin and territory
 * @param amount the unit's euro amount for a euro figure, {@code null} for a count
 */
public record FederatedUnit(String figure, String key, BigDecimal amount) {

  public FederatedUnit {
    Objects.requireNonNull(figure, "figure");
    Objects.requireNonNull(key, "key");
  }

  /** A unit counted in a count figure. */
  public static FederatedUnit counted(String figure, String key) {
    return new FederatedUnit(figure, key, null);
  }

  /** A unit's amount in a euro figure. */
  public static FederatedUnit euros(String figure, String key, BigDecimal amount) {
    return new FederatedUnit(figure, key, Objects.requireNonNull(amount, "amount"));
  }
}
