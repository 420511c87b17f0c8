package it.ponte.arquillian.probe;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the probe's listener does next in a territory, set by the tests (same JVM, same class
 * loader): fail after writing, run a statement longer than the statement timeout, or wait longer
 * than the delivery timeout.
 */
public final class ProbeScript {

  /** Deliveries that write their row and then throw, per territory. */
  private static final Map<String, AtomicInteger> FAILURES = new ConcurrentHashMap<>();

  /** Deliveries that run a statement past the statement timeout, per territory. */
  private static final Map<String, AtomicInteger> STALLS = new ConcurrentHashMap<>();

  /** Deliveries that write their row and then wait past the delivery timeout, per territory. */
  private static final Map<String, AtomicInteger> HANGS = new ConcurrentHashMap<>();

  /** Every call of the listener, per territory, whatever its outcome. */
  private static final Map<String, AtomicInteger> ATTEMPTS = new ConcurrentHashMap<>();

  private ProbeScript() {}

  public static void failNext(String tenant, int deliveries) {
    FAILURES.computeIfAbsent(tenant, t -> new AtomicInteger()).set(deliveries);
  }

  public static void stallNext(String tenant, int deliveries) {
    STALLS.computeIfAbsent(tenant, t -> new AtomicInteger()).set(deliveries);
  }

  public static void hangNext(String tenant, int deliveries) {
    HANGS.computeIfAbsent(tenant, t -> new AtomicInteger()).set(deliveries);
  }

  public static int attempts(String tenant) {
    return ATTEMPTS.computeIfAbsent(tenant, t -> new AtomicInteger()).get();
  }

  static void attempted(String tenant) {
    ATTEMPTS.computeIfAbsent(tenant, t -> new AtomicInteger()).incrementAndGet();
  }

  static boolean takeFailure(String tenant) {
    return take(FAILURES, tenant);
  }

  static boolean takeStall(String tenant) {
    return take(STALLS, tenant);
  }

  static boolean takeHang(String tenant) {
    return take(HANGS, tenant);
  }

  private static boolean take(Map<String, AtomicInteger> counters, String tenant) {
    AtomicInteger left = counters.get(tenant);
    return left != null && left.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
  }
}
