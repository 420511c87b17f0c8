package it.ponte.exchange.application;

import it.ponte.tenancy.domain.TenantDescriptor;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * What the stores of one import share: the run, who asked for it, the territory and when it
 * started.
 */
public final class ImportScope {

  private final long runId;
  private final String actor;
  private final TenantDescriptor territory;
  private final OffsetDateTime at;

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
}
