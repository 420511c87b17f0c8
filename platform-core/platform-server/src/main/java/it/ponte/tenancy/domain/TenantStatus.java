package it.ponte.tenancy.domain;

/** Where a tenant is in its onboarding. */
public enum TenantStatus {
  /** Registered; schema, role or migrations not yet complete. */
  PROVISIONING,
  /** Ready: serves requests. */
  ACTIVE,
  /** Onboarding or migration failed; the last error is recorded and a retry resumes it. */
  FAILED
}
