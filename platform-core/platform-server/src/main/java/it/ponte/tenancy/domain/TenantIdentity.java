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
   * Invites the first tenant-admin: a user with this e-mail as username, the tenant-admin role,
   * member of the tenant's organization, who must set a password at first login. Safe to repeat.
   */
  void inviteFirstAdmin(TenantId tenant, String email);

  /** The identity provider could not be reached or refused the change. */
  class IdentityException extends RuntimeException {
    public IdentityException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
