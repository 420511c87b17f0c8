package it.ponte.tenancy.domain;

import it.ponte.api.tenant.TenantId;
import java.time.OffsetDateTime;
import java.util.Optional;

/** Which territories a platform admin made read-only, since when and by whom. */
public interface TenantSuspensions {

  /** A suspension in force. */
  record Suspension(OffsetDateTime since, String actor) {}

  Optional<Suspension> of(TenantId tenant);

  /** Every suspension in force, read at once (the platform's territory list). */
  java.util.Map<TenantId, Suspension> all();

  /** Suspends a territory; a suspended one stays as it was (the first suspension counts). */
  Suspension suspend(TenantId tenant, String actor);

  /** Lifts a suspension; false when there was none. */
  boolean lift(TenantId tenant);
}
