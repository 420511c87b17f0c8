package it.ponte.identity.domain;

import it.ponte.api.plugin.TenantRole;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The authenticated caller of a request, from a verified access token.
 *
 * @param subject the token subject (stable user id in Keycloak)
 * @param username the preferred username
 * @param roles the platform's realm roles the token carries ({@link Roles#PLATFORM_ADMIN}, {@link
 *     Roles#FEDERATION_ANALYST})
 * @param territoryRoles the caller's role in each territory, from its role groups ({@code
 *     /t/<tenant>/<role>}): what grants access to a territory
 */
public record Caller(
    String subject, String username, Set<String> roles, Map<String, TenantRole> territoryRoles) {
  public Caller {
    Objects.requireNonNull(subject, "subject");
    username = username == null ? subject : username;
    roles = Set.copyOf(roles);
    territoryRoles = Map.copyOf(territoryRoles);
  }

  public boolean hasRole(String role) {
    return roles.contains(role);
  }

  /**
   * The caller's role in a territory, as its role group there says; never taken from another
   * territory. The token's organization claim is not read: Keycloak names only one organization, or
   * none, when a user belongs to several, while the role groups are always all in the token.
   */
  public Optional<TenantRole> roleIn(String tenant) {
    return Optional.ofNullable(territoryRoles.get(tenant));
  }
}
