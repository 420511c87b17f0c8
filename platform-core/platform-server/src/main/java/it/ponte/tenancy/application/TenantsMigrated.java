package it.ponte.tenancy.application;

import it.ponte.api.tenant.TenantId;
import java.util.List;

/**
 * Fired once at startup when every tenant is migrated, before the platform reports ready.
 *
 * @param declared the tenants declared by descriptor files, whose migration succeeded
 */
public record TenantsMigrated(List<TenantId> declared) {}
