package it.ponte.tenancy.domain;

import it.ponte.api.tenant.TenantId;

/** The identity provider's side of a tenant: its organization and its first administrator. */
public interface TenantIdentity {

  /**
   * Makes sure the tenant's organization exists (creating it if needed) and returns its id in the
   * identity provider. Safe to repeat.
   */
  String ensureOrganization(TenantId tenant, String displayName);

  /**
   * Makes the user with this e-mail the tenant's first admin: member of its organization with the
   * tenant-admin role there only. A new user is created and must set a password at first login; an
   * existing one keeps everything else it has. Safe to repeat.
   */
  void inviteFirstAdmin(TenantId tenant, String email);

  /**
   * Removes the tenant's organization and its role groups, and with them every user's membership
   * and role there; the users themselves stay, with what they have elsewhere. Safe to repeat.
   */
  void removeOrganization(TenantId tenant);

  /** Whether the identity provider already has a user with this e-mail (or username). */
  boolean userExists(String email);

  /** The identity provider could not be reached or refused the change. */
  class IdentityException extends RuntimeException {
    public IdentityException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
