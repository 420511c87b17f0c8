package it.ponte.tenancy.domain;

import it.ponte.api.tenant.TenantId;

/** Creates and migrates the database side of tenants: schema, role and tables. */
public interface TenantSchemas {

  /** Outcome of a migration: the last changeset now applied and how many this run applied. */
  record Migration(String schemaVersion, int applied) {}

  /** Brings the {@code platform} schema (registry, onboarding log) up to date. */
  Migration migratePlatform();

  /**
   * Creates the tenant's role and schema if they do not exist yet, and brings the schema up to date
   * by running the tenant changelogs as the tenant's role, then keeps the schema's calendar at the
   * territory's time zone: facts stored on the territory's calendar (a person's days from
   * registration to the first interview, the age at it) are recomputed when the zone changes, and
   * filled the first time. Safe to repeat and to run from several instances at once.
   *
   * @param timeZone the territory's IANA time zone, as its descriptor says
   */
  Migration provisionAndMigrate(TenantId tenant, String timeZone);

  /**
   * Drops the tenant's schema, with every table of the core and its plugins, and its role. Nothing
   * of any other tenant is touched. Safe to repeat.
   */
  void drop(TenantId tenant);
}
