package it.ponte.tenancy.domain;

import it.ponte.api.tenant.TenantId;
import java.util.List;
import java.util.Optional;

/** The tenant registry in the {@code platform} schema. */
public interface TenantRepository {

  Optional<Tenant> find(TenantId id);

  /** Every registered tenant, ordered by id. */
  List<Tenant> findAll();

  /**
   * Registers a new tenant in {@link TenantStatus#PROVISIONING}.
   *
   * @return false if a tenant with this id already exists (nothing is changed then)
   */
  boolean insertProvisioning(TenantDescriptor descriptor);

  /** Replaces the stored descriptor of an existing tenant. */
  void updateDescriptor(TenantDescriptor descriptor);

  void markActive(TenantId id, String schemaVersion);

  void markFailed(TenantId id, String error);

  /** Records the tenant's organization in the identity provider. */
  void setIdentityRef(TenantId id, String identityRef);

  /** Appends an entry to the onboarding log: what happened, and who made it happen. */
  void log(TenantId id, String event, String detail, String actor);

  /**
   * Forgets an offboarded tenant: its rows in the registry (enablements, log, activity, suspension)
   * go, and a record of who offboarded it and when stays. One transaction.
   */
  void offboard(TenantId id, java.time.OffsetDateTime suspendedAt, String actor);
}
