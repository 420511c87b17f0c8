package it.ponte.identity.infrastructure;

import static it.ponte.identity.infrastructure.KeycloakAdminApi.array;
import static it.ponte.identity.infrastructure.KeycloakAdminApi.object;

import it.ponte.api.plugin.TenantRole;
import it.ponte.api.tenant.TenantId;
import it.ponte.identity.domain.TerritoryMembers;
import it.ponte.tenancy.domain.TenantIdentity.IdentityException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A territory's people in Keycloak: its organization's members, their role from the territory's
 * role groups. Only the platform's client calls Keycloak; a tenant admin never holds a Keycloak
 * permission.
 */
@ApplicationScoped
public class KeycloakTerritoryMembers implements TerritoryMembers {

  @Inject KeycloakAdminApi keycloak;

  @Inject KeycloakTenantIdentity organizations;

  @Inject RoleGroups groups;

  @Override
  public List<Member> list(TenantId tenant) {
    String org = organization(tenant);
    Map<String, TenantRole> roles = groups.roles(tenant);
    List<Member> members = new ArrayList<>();
    int first = 0;
    while (true) {
      HttpResponse<String> r =
          keycloak.expect(
              "listing the members of " + tenant,
              "GET",
              "/organizations/" + org + "/members?first=" + first + "&max=500",
              null,
              200);
      var page = array(r.body());
      for (JsonValue v : page) {
        members.add(member(v.asJsonObject(), roles));
      }
      if (page.size() < 500) {
        break;
      }
      first += 500;
    }
    members.sort(Comparator.comparing(Member::username));
    return members;
  }

  @Override
  public Optional<Member> find(TenantId tenant, String userId) {
    if (!userId.matches("[A-Za-z0-9-]{1,64}")) {
      return Optional.empty();
    }
    HttpResponse<String> r =
        keycloak.expect(
            "reading a member of " + tenant,
            "GET",
            "/organizations/" + organization(tenant) + "/members/" + userId,
            null,
            200,
            404);
    if (r.statusCode() == 404) {
      return Optional.empty();
    }
    return Optional.of(member(object(r.body()), groups.roles(tenant)));
  }

  @Override
  public Member invite(
      TenantId tenant, String email, String firstName, String lastName, TenantRole role) {
    String org = organization(tenant);
    String user =
        organizations
            .findUserByEmail(email)
            .orElseGet(() -> organizations.createInvited(email, firstName, lastName));
    keycloak.expect(
        "adding a member to " + tenant,
        "POST",
        "/organizations/" + org + "/members",
        Json.createValue(user).toString(),
        201,
        409);
    groups.setRole(tenant, user, Optional.of(role));
    return find(tenant, user)
        .orElseThrow(
            () -> new IdentityException("Member " + email + " not found after adding", null));
  }

  @Override
  public void changeRole(TenantId tenant, String userId, TenantRole role) {
    groups.setRole(tenant, userId, Optional.of(role));
  }

  @Override
  public void remove(TenantId tenant, String userId) {
    groups.setRole(tenant, userId, Optional.empty());
    keycloak.expect(
        "removing a member of " + tenant,
        "DELETE",
        "/organizations/" + organization(tenant) + "/members/" + userId,
        null,
        204,
        404);
  }

  private String organization(TenantId tenant) {
    String org = organizations.findOrganization(tenant);
    if (org == null) {
      throw new IdentityException("No organization for territory " + tenant, null);
    }
    return org;
  }

  private static Member member(JsonObject user, Map<String, TenantRole> roles) {
    String id = user.getString("id");
    return new Member(
        id,
        user.getString("username", ""),
        user.getString("email", null),
        user.getString("firstName", null),
        user.getString("lastName", null),
        Optional.ofNullable(roles.get(id)));
  }
}
