package it.ponte.tenancy.application;

import it.ponte.api.tenant.TenantId;
import it.ponte.platform.application.ProblemException;
import it.ponte.platform.infrastructure.DatabaseFailures;
import it.ponte.tenancy.domain.Tenant;
import it.ponte.tenancy.domain.TenantDescriptor;
import it.ponte.tenancy.domain.TenantIdentity;
import it.ponte.tenancy.domain.TenantRepository;
import it.ponte.tenancy.domain.TenantSchemas;
import it.ponte.tenancy.domain.TenantStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Brings territories onto the platform: registers them, creates their schema and role, runs their
 * migrations, creates their organization in the identity provider (and, through the API, invites
 * their first administrator) and marks them active.
 *
 * <p>Each step is recorded with who asked for it. A failure midway leaves the tenant visibly {@link
 * TenantStatus#FAILED} with the reason; onboarding the same descriptor again resumes from where it
 * stopped, because every step is idempotent.
 */
@ApplicationScoped
public class TenantOnboarding {

  private static final Logger LOG = Logger.getLogger(TenantOnboarding.class.getName());

  @Inject TenantRepository repository;

  @Inject TenantSchemas schemas;

  @Inject TenantIdentity identity;

  @Inject TenantDirectory directory;

  /** What {@link #onboard} did. */
  public enum Outcome {
    CREATED,
    RESUMED
  }

  /**
   * Onboards a new tenant, or resumes one whose earlier onboarding failed.
   *
   * @param firstAdminEmail e-mail of the first tenant-admin to invite, if any
   * @param actor who asked, for the onboarding log
   * @throws ProblemException 409 if an active or provisioning tenant already has this id; 503 if
   *     the database or identity side could not be completed (the tenant is then FAILED)
   */
  public Outcome onboard(
      TenantDescriptor descriptor, Optional<String> firstAdminEmail, String actor) {
    TenantId id = descriptor.id();
    Outcome outcome;
    if (repository.insertProvisioning(descriptor)) {
      outcome = Outcome.CREATED;
      repository.log(id, "registered", "onboarding started", actor);
    } else {
      Tenant existing = repository.find(id).orElseThrow();
      if (existing.status() != TenantStatus.FAILED) {
        throw ProblemException.conflict(
            "tenant-exists",
            "A tenant with id '" + id + "' already exists (" + existing.status() + ").");
      }
      repository.updateDescriptor(descriptor);
      repository.log(id, "resumed", "onboarding resumed after: " + existing.lastError(), actor);
      outcome = Outcome.RESUMED;
    }
    if (migrate(id, actor) && firstAdminEmail.isPresent()) {
      try {
        identity.inviteFirstAdmin(id, firstAdminEmail.get());
        repository.log(id, "first-admin-invited", firstAdminEmail.get(), actor);
      } catch (RuntimeException e) {
        fail(id, "first administrator: " + e.getMessage(), actor, e);
      }
    }
    Tenant tenant = repository.find(id).orElseThrow();
    if (tenant.status() != TenantStatus.ACTIVE) {
      throw new ProblemException(
          503,
          "onboarding-failed",
          "Onboarding did not complete",
          "Tenant '"
              + id
              + "' is registered but could not be completed: "
              + tenant.lastError()
              + ". Send the same request again to resume.",
          List.of(),
          Map.of("Retry-After", "5"),
          null);
    }
    return outcome;
  }

  /**
   * Creates the tenant's schema and role if needed, runs pending migrations and makes sure it has
   * an organization in the identity provider, recording the result in the registry. Never throws
   * for a migration or identity failure: the tenant is marked failed. A database outage is thrown,
   * since nothing can be recorded then.
   *
   * @return whether the tenant is now active
   */
  public boolean migrate(TenantId id, String actor) {
    try {
      // Read once: migrating changes neither the descriptor nor the identity reference.
      Tenant tenant = repository.find(id).orElseThrow();
      TenantSchemas.Migration migration;
      try {
        migration = schemas.provisionAndMigrate(id, tenant.descriptor().timeZone());
      } catch (RuntimeException e) {
        if (DatabaseFailures.isUnavailable(e)) {
          throw e;
        }
        fail(id, e.getMessage(), actor, e);
        return false;
      }
      if (migration.applied() > 0) {
        repository.log(
            id,
            "migrated",
            migration.applied() + " changesets applied, now at " + migration.schemaVersion(),
            actor);
      }
      if (tenant.identityRef() == null) {
        String ref;
        try {
          ref = identity.ensureOrganization(id, tenant.descriptor().name());
        } catch (RuntimeException e) {
          // Keycloak's failures, time-outs included, are the tenant's, never a database outage.
          fail(id, "identity provider: " + e.getMessage(), actor, e);
          return false;
        }
        repository.setIdentityRef(id, ref);
        repository.log(id, "organization-created", ref, actor);
      }
      repository.markActive(id, migration.schemaVersion());
      return true;
    } finally {
      directory.evict(id);
    }
  }

  private void fail(TenantId id, String cause, String actor, RuntimeException e) {
    LOG.log(Level.SEVERE, "Tenant " + id + " could not be completed: " + cause, e);
    String reason = readable(cause);
    repository.markFailed(id, reason);
    repository.log(id, "failed", reason, actor);
    directory.evict(id);
  }

  /**
   * The reason as people read it: without the Java class names that libraries put in front of their
   * messages (the registry shows it to platform admins, and it ends up in problem details).
   */
  static String readable(String reason) {
    if (reason == null) {
      return "unknown error";
    }
    return reason
        .replaceAll("\\b(?:[a-z]\\w*\\.)+[A-Z]\\w*(?:Exception|Error)(?::\\s*)?", "")
        .strip();
  }

  /**
   * Reconciles a descriptor declared in a file: registers and onboards it if new, stores it if
   * changed, then migrates it.
   *
   * @return whether the tenant is now active
   */
  public boolean reconcile(TenantDescriptor descriptor, String source) {
    TenantId id = descriptor.id();
    String actor = "startup: " + source;
    if (repository.insertProvisioning(descriptor)) {
      repository.log(id, "registered", "from " + source, actor);
    } else {
      Tenant existing = repository.find(id).orElseThrow();
      if (!existing.descriptor().equals(descriptor)) {
        repository.updateDescriptor(descriptor);
        repository.log(id, "descriptor-updated", "from " + source, actor);
      }
    }
    return migrate(id, actor);
  }
}
