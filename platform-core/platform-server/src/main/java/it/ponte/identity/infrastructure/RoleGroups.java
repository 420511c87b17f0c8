package it.ponte.identity.infrastructure;

import static it.ponte.identity.infrastructure.KeycloakAdminApi.array;
import static it.ponte.identity.infrastructure.KeycloakAdminApi.enc;
import static it.ponte.identity.infrastructure.KeycloakAdminApi.object;

import it.ponte.api.plugin.TenantRole;
import it.ponte.api.tenant.TenantId;
import it.ponte.identity.domain.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A territory's role groups in Keycloak: {@code /t/<tenant>/<role>} for each territory role. A
 * user's role there is the group they are in; the token carries the groups' paths.
 */
@ApplicationScoped
public class RoleGroups {

  private static final String TOP = "t";

  @Inject KeycloakAdminApi keycloak;

  /** Makes sure the territory's role groups exist; returns their ids by role. */
  public Map<TenantRole, String> ensure(TenantId tenant) {
    String top = child(null, TOP, true).orElseThrow();
    String territory = child(top, tenant.value(), true).orElseThrow();
    Map<TenantRole, String> ids = new EnumMap<>(TenantRole.class);
    for (TenantRole role : TenantRole.values()) {
      ids.put(role, child(territory, Roles.name(role), true).orElseThrow());
    }
    return ids;
  }

  /** The ids of the territory's role groups (made if missing). */
  public Map<TenantRole, String> of(TenantId tenant) {
    Map<TenantRole, String> ids = new EnumMap<>(TenantRole.class);
    for (TenantRole role : TenantRole.values()) {
      HttpResponse<String> r =
          keycloak.call(
              "GET",
              "/group-by-path/" + TOP + "/" + enc(tenant.value()) + "/" + Roles.name(role),
              null);
      if (r.statusCode() == 404) {
        return ensure(tenant);
      }
      if (r.statusCode() != 200) {
        throw KeycloakAdminApi.failure("reading the role groups of " + tenant, r);
      }
      ids.put(role, object(r.body()).getString("id"));
    }
    return ids;
  }

  /** Deletes the territory's group and its role groups, with every membership; if any. */
  public void remove(TenantId tenant) {
    HttpResponse<String> r =
        keycloak.call("GET", "/group-by-path/" + TOP + "/" + enc(tenant.value()), null);
    if (r.statusCode() == 404) {
      return;
    }
    if (r.statusCode() != 200) {
      throw KeycloakAdminApi.failure("reading the group of " + tenant, r);
    }
    keycloak.expect(
        "removing the role groups of " + tenant,
        "DELETE",
        "/groups/" + object(r.body()).getString("id"),
        null,
        204,
        404);
  }

  /** Gives a user exactly this role in the territory (none: no role there). */
  public void setRole(TenantId tenant, String userId, Optional<TenantRole> role) {
    Map<TenantRole, String> ids = of(tenant);
    for (Map.Entry<TenantRole, String> group : ids.entrySet()) {
      boolean wanted = role.isPresent() && role.get() == group.getKey();
      keycloak.expect(
          (wanted ? "adding a user to " : "removing a user from ")
              + group.getKey()
              + " of "
              + tenant,
          wanted ? "PUT" : "DELETE",
          "/users/" + userId + "/groups/" + group.getValue(),
          null,
          204,
          404);
    }
  }

  /** The role of each member of the territory's role groups, by user id. */
  public Map<String, TenantRole> roles(TenantId tenant) {
    Map<String, TenantRole> roles = new HashMap<>();
    for (Map.Entry<TenantRole, String> group : of(tenant).entrySet()) {
      HttpResponse<String> r =
          keycloak.expect(
              "listing " + group.getKey() + " of " + tenant,
              "GET",
              "/groups/" + group.getValue() + "/members?briefRepresentation=true&max=10000",
              null,
              200);
      for (JsonValue v : array(r.body())) {
        roles.merge(
            v.asJsonObject().getString("id"),
            group.getKey(),
            (a, b) -> a.compareTo(b) >= 0 ? a : b);
      }
    }
    return roles;
  }

  /** The id of a group's child (or a top-level group when parent is null), made if asked. */
  private Optional<String> child(String parent, String name, boolean create) {
    String list =
        parent == null
            ? "/groups?exact=true&briefRepresentation=true&search=" + enc(name)
            : "/groups/"
                + parent
                + "/children?exact=true&briefRepresentation=true&first=0&max=100&search="
                + enc(name);
    for (int attempt = 0; attempt < 2; attempt++) {
      HttpResponse<String> r = keycloak.expect("finding group " + name, "GET", list, null, 200);
      for (JsonValue v : array(r.body())) {
        if (name.equals(v.asJsonObject().getString("name", null))) {
          return Optional.of(v.asJsonObject().getString("id"));
        }
      }
      if (!create || attempt > 0) {
        break;
      }
      keycloak.expect(
          "creating group " + name,
          "POST",
          parent == null ? "/groups" : "/groups/" + parent + "/children",
          Json.createObjectBuilder().add("name", name).build().toString(),
          201,
          409);
    }
    return Optional.empty();
  }
}
