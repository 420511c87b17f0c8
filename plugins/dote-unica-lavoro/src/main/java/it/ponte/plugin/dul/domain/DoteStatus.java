package it.ponte.plugin.dul.domain;

/** Where a dote is: ACTIVE until it ends on a placement (PLACED), on expiry or on renunciation. */
public enum DoteStatus {
  ACTIVE,
  PLACED,
  EXPIRED,
  RENOUNCED
}
