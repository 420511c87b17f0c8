package it.ponte.identity.domain;

import it.ponte.api.plugin.TenantRole;
import java.util.Set;

/**
 * Who may call what, decided from the request path (relative to {@code /api}), the method and the
 * caller. A caller who is not a member of a tenant is refused before anything about that tenant,
 * even whether it exists, is looked up.
 */
public final class AccessPolicy {

  /** The outcome, with a reason that is safe to show to the caller. */
  public record Decision(boolean allowed, String reason) {

    static Decision allow() {
      return new Decision(true, null);
    }

    static Decision deny(String reason) {
      return new Decision(false, reason);
    }
  }

  private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  /**
   * The sub-resources of {@code t/{tenant}/plugins/{id}} that are the core's, not the plugin's: a
   * plugin's own resources never use these names.
   */
  public static final Set<String> CORE_PLUGIN_PAGES = Set.of("deliveries", "history", "schema");

  private AccessPolicy() {}

  /** Whether a path needs no token: the public registration forms of a tenant. */
  public static boolean isPublic(String path) {
    String[] segments = segments(path);
    return segments.length >= 3 && segments[0].equals("t") && segments[2].equals("public");
  }

  /** Decides for an authenticated caller. */
  public static Decision decide(String method, String path, Caller caller) {
    String[] segments = segments(path);
    if (segments.length == 0) {
      return Decision.allow();
    }
    switch (segments[0]) {
      case "platform" -> {
        return caller.hasRole(Roles.PLATFORM_ADMIN)
            ? Decision.allow()
            : Decision.deny("This needs the platform-admin role.");
      }
      case "federation" -> {
        return caller.hasRole(Roles.FEDERATION_ANALYST)
            ? Decision.allow()
            : Decision.deny("This needs the federation-analyst role.");
      }
      case "t" -> {
        if (segments.length < 2) {
          return Decision.allow();
        }
        String tenant = segments[1];
        java.util.Optional<TenantRole> held = caller.roleIn(tenant);
        if (held.isEmpty()) {
          return Decision.deny("You have no access to this territory.");
        }
        TenantRole role = held.get();
        boolean pluginManagement =
            segments.length >= 4
                && segments[2].equals("plugins")
                && ((segments.length == 4 && !READ_METHODS.contains(method))
                    || (segments.length >= 5 && CORE_PLUGIN_PAGES.contains(segments[4])));
        if (pluginManagement && role != TenantRole.ADMIN) {
          return Decision.deny(
              "Enabling, configuring and watching plugins is for the territory's admins.");
        }
        if (segments.length >= 4
            && segments[2].equals("territory")
            && segments[3].equals("descriptor")
            && role != TenantRole.ADMIN) {
          return Decision.deny("The territory's descriptor is for its admins.");
        }
        if (segments.length >= 3
            && (segments[2].equals("imports") || segments[2].equals("export"))
            && role != TenantRole.ADMIN) {
          return Decision.deny("Importing and exporting the territory's data are for its admins.");
        }
        if (segments.length >= 3 && segments[2].equals("members") && role != TenantRole.ADMIN) {
          return Decision.deny("The territory's people are managed by its admins.");
        }
        String last = segments[segments.length - 1];
        if ((last.equals("audit") || last.equals("erasure")) && role != TenantRole.ADMIN) {
          return Decision.deny("The audit trail and erasures are for the territory's admins only.");
        }
        if (!READ_METHODS.contains(method) && !role.covers(TenantRole.OPERATOR)) {
          return Decision.deny("Your role can read this territory's data but not change it.");
        }
        return Decision.allow();
      }
      default -> {
        return Decision.allow();
      }
    }
  }

  private static String[] segments(String path) {
    String trimmed = path.startsWith("/") ? path.substring(1) : path;
    return trimmed.isEmpty() ? new String[0] : trimmed.split("/");
  }
}
