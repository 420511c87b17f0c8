package it.ponte.reporting.domain;

import java.util.Map;
import java.util.TreeMap;

/**
 * The records behind one federated figure, as each territory reports them through its aggregate
 * views: how many, and the sum (modulo 2^64) of their record hashes. Two equal values hold the same
 * records, up to hash collisions, so a figure's perturbation can be drawn from exactly its records
 * without any record leaving the territory's views. Mutable while a figure is being added up.
 */
public final class CellRecords {

  private final Map<String, long[]> byTerritory = new TreeMap<>();

  /** Adds records of a territory: their number and the sum of their hashes. */
  public CellRecords add(String territory, long count, long hashSum) {
    if (count < 0) {
      throw new IllegalArgumentException("Counts are not negative");
    }
    if (count == 0) {
      return this;
    }
    long[] t = byTerritory.computeIfAbsent(territory, k -> new long[2]);
    t[0] += count;
    t[1] += hashSum;
    return this;
  }

  /** Adds every record of another figure (for totals). */
  public CellRecords addAll(CellRecords other) {
    other.byTerritory.forEach((territory, t) -> add(territory, t[0], t[1]));
    return this;
  }

  public long count() {
    return byTerritory.values().stream().mapToLong(t -> t[0]).sum();
  }

  /** A canonical text of the records: territory, count and hash sum, in territory order. */
  String canonical() {
    StringBuilder s = new StringBuilder();
    byTerritory.forEach(
        (territory, t) ->
            s.append(territory).append(':').append(t[0]).append(':').append(t[1]).append(';'));
    return s.toString();
  }
}
