package it.ponte.tenancy.domain;

import it.ponte.api.tenant.TenantId;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A territory's entry in the platform registry: its descriptor, where its data lives and how far
 * its onboarding went.
 *
 * @param descriptor what the territory declared
 * @param status onboarding state
 * @param database the database cluster holding the tenant's schema ({@code default} for now)
 * @param schemaVersion id of the last tenant changeset applied, null before the first migration
 * @param lastError why the last onboarding or migration failed, null when it did not
 * @param identityRef id of the tenant's organization in the identity provider, null until created
 */
public record Tenant(
    TenantDescriptor descriptor,
    TenantStatus status,
    String database,
    String schemaVersion,
    String lastError,
    String identityRef,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {

  public Tenant {
    Objects.requireNonNull(descriptor, "descriptor");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(database, "database");
  }

  public TenantId id() {
    return descriptor.id();
  }
}
