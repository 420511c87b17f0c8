package it.ponte.api.plugin;

/** A user's role in a territory, weakest first: each role may do what the ones before it may. */
public enum TenantRole {
  /** Reads the territory's data. */
  VIEWER,
  /** Reads and writes the territory's data: the daily work. */
  OPERATOR,
  /** Also configures the territory and decides on its money and its committees. */
  ADMIN;

  /** Whether this role may do what {@code needed} may. */
  public boolean covers(TenantRole needed) {
    return compareTo(needed) >= 0;
  }
}
