package it.ponte.exchange.application;

import it.ponte.tenancy.domain.TenantDescriptor;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;

/**
 * What the stores of one import share: the run, who asked for it, the territory and the ids of the
 * records it touched, for what {@link KindStore#finish} derives from them.
 */
public final class ImportScope {

  private final long runId;
  private final String actor;
  private final TenantDescriptor territory;
  private final OffsetDateTime at;
  private final Set<Long> touched = new HashSet<>();

  public ImportScope(long runId, String actor, TenantDescriptor territory, OffsetDateTime at) {
    this.runId = runId;
    this.actor = actor;
    this.territory = territory;
    this.at = at;
  }

  public long runId() {
    return runId;
  }

  /** The user who ran the import, with the run, as the audit trail records them. */
  public String actor() {
    return actor + " [import " + runId + "]";
  }

  public TenantDescriptor territory() {
    return territory;
  }

  public ZoneId zone() {
    return ZoneId.of(territory.timeZone());
  }

  /** When the import started: the time its records were written. */
  public OffsetDateTime at() {
    return at;
  }

  /** Ids a store noted for its {@link KindStore#finish} (the people whose interviews changed). */
  public Set<Long> touched() {
    return touched;
  }
}
