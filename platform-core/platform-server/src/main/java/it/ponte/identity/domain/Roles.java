package it.ponte.identity.domain;

/**
 * The platform's roles. Platform roles ({@link #PLATFORM_ADMIN}, {@link #FEDERATION_ANALYST}) are
 * Keycloak realm roles. Territory roles ({@link #TENANT_ADMIN}, {@link #OPERATOR}, {@link #VIEWER})
 * are held per territory, as membership of the group {@code /t/<tenant>/<role>}.
 */
public final class Roles {

  /** Onboards territories and manages plugins' availability; reads no personal data. */
  public static final String PLATFORM_ADMIN = "platform-admin";

  /** Reads federated reports only. */
  public static final String FEDERATION_ANALYST = "federation-analyst";

  /** Configures a territory it belongs to and manages its users. */
  public static final String TENANT_ADMIN = "tenant-admin";

  /** Works with the data of the territories it belongs to. */
  public static final String OPERATOR = "operator";

  /** Reads the data of the territories it belongs to. */
  public static final String VIEWER = "viewer";

  /** The group path prefix of territory roles: {@code /t/<tenant>/<role>}. */
  public static final String TERRITORY_GROUPS = "/t/";

  private Roles() {}

  /** The territory role a role name stands for, if it is one. */
  public static java.util.Optional<it.ponte.api.plugin.TenantRole> territoryRole(String name) {
    return switch (name == null ? "" : name) {
      case TENANT_ADMIN -> java.util.Optional.of(it.ponte.api.plugin.TenantRole.ADMIN);
      case OPERATOR -> java.util.Optional.of(it.ponte.api.plugin.TenantRole.OPERATOR);
      case VIEWER -> java.util.Optional.of(it.ponte.api.plugin.TenantRole.VIEWER);
      default -> java.util.Optional.empty();
    };
  }

  /** The name of a territory role, as the API and the role groups spell it. */
  public static String name(it.ponte.api.plugin.TenantRole role) {
    return switch (role) {
      case ADMIN -> TENANT_ADMIN;
      case OPERATOR -> OPERATOR;
      case VIEWER -> VIEWER;
    };
  }

  /**
   * The territory roles in role-group paths ({@code /t/bergamo/operator}); the strongest wins when
   * a user is, by mistake, in several groups of one territory. Other paths are ignored.
   */
  public static java.util.Map<String, it.ponte.api.plugin.TenantRole> fromGroups(
      java.util.Collection<String> paths) {
    java.util.Map<String, it.ponte.api.plugin.TenantRole> roles = new java.util.HashMap<>();
    for (String path : paths) {
      if (path == null || !path.startsWith(TERRITORY_GROUPS)) {
        continue;
      }
      String[] parts = path.substring(TERRITORY_GROUPS.length()).split("/");
      if (parts.length != 2) {
        continue;
      }
      territoryRole(parts[1])
          .ifPresent(r -> roles.merge(parts[0], r, (a, b) -> a.compareTo(b) >= 0 ? a : b));
    }
    return roles;
  }
}
