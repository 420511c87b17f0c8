package it.ponte.identity.domain;

import java.util.Objects;
import java.util.Set;

/**
 * The authenticated caller of a request, from a verified access token.
 *
 * @param subject the token subject (stable user id in Keycloak)
 * @param username the preferred username
 * @param roles the platform roles the token carries (see {@link Roles})
 * @param tenants ids of the tenants (Keycloak organizations) the caller belongs to
 */
public record Caller(String subject, String username, Set<String> roles, Set<String> tenants) {

  public Caller {
    Objects.requireNonNull(subject, "subject");
    username = username == null ? subject : username;
    roles = Set.copyOf(roles);
    tenants = Set.copyOf(tenants);
  }

  public boolean hasRole(String role) {
    return roles.contains(role);
  }

  public boolean belongsTo(String tenant) {
    return tenants.contains(tenant);
  }
}
