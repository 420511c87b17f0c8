package it.ponte.reporting.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Objects;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Disclosure control of federated figures by the cell-key method, as census offices use it for
 * tables users define themselves, with small-count suppression and a dominance rule for euro sums.
 *
 * <p>Every published figure gets its own noise, drawn from a key that is a keyed hash (HMAC-SHA256,
 * with the installation's secret) of exactly the records behind it. The same records always give
 * the same published figure, whatever request asks for them, so asking again or by another route
 * (by territory or by region, in another table) adds nothing; different records give independent
 * noise, so subtracting two published figures leaves the difference plus noise of -4 to +4. Only at
 * the edge does that fix a count: when the two noises fall at opposite ends (+2 and -2, 1 time in
 * 100), a difference of one record shows as -3, which nothing but one record explains; every
 * bounded noise has that edge, and census offices accept it. Totals are perturbed on their own and
 * so are not the sum of the published cells.
 *
 * <ul>
 *   <li>A count of 0 is published as 0; a count from 1 to the threshold minus one is suppressed.
 *   <li>Any other count n is published as n + d, with d from the key: -2 (10%), -1 (15%), 0 (50%),
 *       +1 (15%), +2 (10%): no bias, variance 1.1. A result under the threshold is suppressed.
 *   <li>A euro sum is suppressed when fewer units than the threshold make it up or when one unit is
 *       more than the dominance share of it; otherwise it is published in whole euros with noise of
 *       up to 10% of its largest unit, either way, drawn from the key.
 * </ul>
 */
public final class CellKeyMethod {

  private static final double[] STEPS = {0.10, 0.25, 0.75, 0.90};

  private static final BigDecimal MAGNITUDE = new BigDecimal("0.10");

  private final byte[] secret;
  private final int threshold;
  private final BigDecimal dominance;

  /**
   * @param secret the installation's key; whoever knows it and the records can compute the noise
   * @param threshold the smallest count published (a count under it is suppressed)
   * @param dominancePercent the largest share of a euro sum one unit may hold for it to be
   *     published
   */
  public CellKeyMethod(byte[] secret, int threshold, int dominancePercent) {
    if (Objects.requireNonNull(secret).length < 16) {
      throw new IllegalArgumentException("The cell-key secret has at least 16 bytes");
    }
    if (threshold < 2) {
      throw new IllegalArgumentException("The threshold is at least 2");
    }
    if (dominancePercent < 1 || dominancePercent > 100) {
      throw new IllegalArgumentException("The dominance share is a percentage from 1 to 100");
    }
    this.secret = secret.clone();
    this.threshold = threshold;
    this.dominance = BigDecimal.valueOf(dominancePercent).movePointLeft(2);
  }

  public int threshold() {
    return threshold;
  }

  /**
   * The published value of a count of a dataset's records, empty when suppressed.
   *
   * @param dataset what the records are ("registration", "placement", "plugin:microcredit"): the
   *     same records counted as the same thing get the same noise
   */
  public OptionalLong count(String dataset, CellRecords records) {
    long n = records.count();
    if (n == 0) {
      return OptionalLong.of(0);
    }
    if (n < threshold) {
      return OptionalLong.empty();
    }
    long published = n + noise(uniform(key(dataset + "\n" + records.canonical()), 0));
    return published < threshold ? OptionalLong.empty() : OptionalLong.of(published);
  }

  /** The published value of a euro sum in whole euros, empty when suppressed. */
  public OptionalLong euros(String dataset, EuroRecords records) {
    if (records.units() == 0) {
      return OptionalLong.of(0);
    }
    BigDecimal sum = records.sum();
    BigDecimal largest = records.largest();
    if (records.units() < threshold || largest.compareTo(sum.multiply(dominance)) > 0) {
      return OptionalLong.empty();
    }
    double e = 2 * uniform(key(dataset + "\n" + records.canonical()), 8) - 1;
    BigDecimal noise = largest.multiply(MAGNITUDE).multiply(BigDecimal.valueOf(e));
    return OptionalLong.of(
        Math.max(0, sum.add(noise).setScale(0, RoundingMode.HALF_UP).longValueExact()));
  }

  /** The perturbation table: the noise for a key's uniform value in [0, 1). */
  static int noise(double u) {
    int d = -2;
    for (double step : STEPS) {
      if (u < step) {
        return d;
      }
      d++;
    }
    return d;
  }

  private byte[] key(String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  private static double uniform(byte[] key, int offset) {
    return (ByteBuffer.wrap(key, offset, 8).getLong() >>> 11) * 0x1.0p-53;
  }

  /** A record's hash from its key inside a dataset, for records that come as keys, not sums. */
  public static long hash(String recordKey) {
    try {
      byte[] d =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(recordKey.getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.wrap(d, 0, 8).getLong();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
