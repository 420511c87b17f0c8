package it.ponte.tenancy.application;

import it.ponte.api.tenant.TenantId;
import it.ponte.platform.application.ProblemException;
import it.ponte.platform.infrastructure.DatabaseFailures;
import it.ponte.tenancy.domain.Tenant;
import it.ponte.tenancy.domain.TenantDescriptor;
import it.ponte.tenancy.domain.TenantRepository;
import it.ponte.tenancy.domain.TenantSchemas;
import it.ponte.tenancy.domain.TenantStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Brings territories onto the platform: registers them, creates their schema and role, runs their
 * migrations and marks them active.
 *
 * <p>Each step is recorded. A failure midway leaves the tenant visibly {@link TenantStatus#FAILED}
 * with the reason; onboarding the same descriptor again resumes from where it stopped, because
 * every step is idempotent.
 */
@ApplicationScoped
public class TenantOnboarding {

  private static final Logger LOG = Logger.getLogger(TenantOnboarding.class.getName());

  @Inject TenantRepository repository;

  @Inject TenantSchemas schemas;

  @Inject TenantDirectory directory;

  /** What {@link #onboard} did. */
  public enum Outcome {
    CREATED,
    RESUMED
  }

  /**
   * Onboards a new tenant, or resumes one whose earlier onboarding failed.
   *
   * @throws ProblemException 409 if an active or provisioning tenant already has this id
   */
  public Outcome onboard(TenantDescriptor descriptor) {
    TenantId id = descriptor.id();
    Outcome outcome;
    if (repository.insertProvisioning(descriptor)) {
      outcome = Outcome.CREATED;
      repository.log(id, "registered", "onboarding started");
    } else {
      Tenant existing = repository.find(id).orElseThrow();
      if (existing.status() != TenantStatus.FAILED) {
        throw ProblemException.conflict(
            "tenant-exists",
            "A tenant with id '" + id + "' already exists (" + existing.status() + ").");
      }
      repository.updateDescriptor(descriptor);
      repository.log(id, "resumed", "onboarding resumed after: " + existing.lastError());
      outcome = Outcome.RESUMED;
    }
    migrate(id);
    Tenant tenant = repository.find(id).orElseThrow();
    if (tenant.status() != TenantStatus.ACTIVE) {
      throw new ProblemException(
          503,
          "onboarding-failed",
          "Onboarding did not complete",
          "Tenant '"
              + id
              + "' is registered but its database could not be prepared: "
              + tenant.lastError()
              + ". Send the same request again to resume.",
          java.util.List.of(),
          Map.of("Retry-After", "5"),
          null);
    }
    return outcome;
  }

  /**
   * Creates the tenant's schema and role if needed and runs pending migrations, recording the
   * result in the registry. Never throws for a migration failure: the tenant is marked failed.
   *
   * @return whether the tenant is now active
   */
  public boolean migrate(TenantId id) {
    try {
      TenantSchemas.Migration migration = schemas.provisionAndMigrate(id);
      repository.markActive(id, migration.schemaVersion());
      if (migration.applied() > 0) {
        repository.log(
            id,
            "migrated",
            migration.applied() + " changesets applied, now at " + migration.schemaVersion());
      }
      return true;
    } catch (RuntimeException e) {
      if (DatabaseFailures.isUnavailable(e)) {
        throw e;
      }
      LOG.log(Level.SEVERE, "Tenant " + id + " could not be migrated", e);
      repository.markFailed(id, e.getMessage());
      repository.log(id, "failed", e.getMessage());
      return false;
    } finally {
      directory.evict(id);
    }
  }

  /**
   * Reconciles a descriptor declared in a file: registers and onboards it if new, stores it if
   * changed, then migrates it.
   *
   * @return whether the tenant is now active
   */
  public boolean reconcile(TenantDescriptor descriptor, String source) {
    TenantId id = descriptor.id();
    if (repository.insertProvisioning(descriptor)) {
      repository.log(id, "registered", "from " + source);
    } else {
      Tenant existing = repository.find(id).orElseThrow();
      if (!existing.descriptor().equals(descriptor)) {
        repository.updateDescriptor(descriptor);
        repository.log(id, "descriptor-updated", "from " + source);
      }
    }
    return migrate(id);
  }
}
