package it.ponte.identity.infrastructure;

import static it.ponte.identity.infrastructure.KeycloakAdminApi.array;
import static it.ponte.identity.infrastructure.KeycloakAdminApi.enc;

import it.ponte.api.plugin.TenantRole;
import it.ponte.api.tenant.TenantId;
import it.ponte.tenancy.domain.TenantIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * Tenants as Keycloak Organizations (name and alias = tenant id), with one role group per territory
 * role ({@code /t/<tenant>/tenant-admin}, {@code operator}, {@code viewer}), through the Admin REST
 * API with the platform's confidential client. Calls time out and are retried.
 */
@ApplicationScoped
public class KeycloakTenantIdentity implements TenantIdentity {

  @Inject KeycloakAdminApi keycloak;

  @Inject RoleGroups groups;

  @Override
  @Timeout(value = 20, unit = ChronoUnit.SECONDS)
  @Retry(maxRetries = 2, delay = 500, retryOn = IdentityException.class)
  public String ensureOrganization(TenantId tenant, String displayName) {
    groups.ensure(tenant);
    String existing = findOrganization(tenant);
    if (existing != null) {
      return existing;
    }
    String body =
        Json.createObjectBuilder()
            .add("name", tenant.value())
            .add("alias", tenant.value())
            .add("description", displayName)
            .add("enabled", true)
            .build()
            .toString();
    keycloak.expect("creating organization " + tenant, "POST", "/organizations", body, 201, 409);
    String id = findOrganization(tenant);
    if (id == null) {
      throw new IdentityException("Organization " + tenant + " not found after creating it", null);
    }
    return id;
  }

  @Override
  @Timeout(value = 20, unit = ChronoUnit.SECONDS)
  @Retry(maxRetries = 2, delay = 500, retryOn = IdentityException.class)
  public void removeOrganization(TenantId tenant) {
    String organization = findOrganization(tenant);
    if (organization != null) {
      keycloak.expect(
          "removing organization " + tenant,
          "DELETE",
          "/organizations/" + organization,
          null,
          204,
          404);
    }
    groups.remove(tenant);
  }

  @Override
  @Timeout(value = 20, unit = ChronoUnit.SECONDS)
  @Retry(maxRetries = 2, delay = 500, retryOn = IdentityException.class)
  public boolean userExists(String email) {
    return findUserByEmail(email).isPresent();
  }

  @Override
  @Timeout(value = 20, unit = ChronoUnit.SECONDS)
  @Retry(maxRetries = 2, delay = 500, retryOn = IdentityException.class)
  public void inviteFirstAdmin(TenantId tenant, String email) {
    String organization = ensureOrganization(tenant, tenant.value());
    String user = findUserByEmail(email).orElseGet(() -> createInvited(email, null, null));
    keycloak.expect(
        "adding " + email + " to organization " + tenant,
        "POST",
        "/organizations/" + organization + "/members",
        Json.createValue(user).toString(),
        201,
        409);
    groups.setRole(tenant, user, Optional.of(TenantRole.ADMIN));
  }

  /**
   * Creates a user who must set a password (and verify the e-mail) at first login; the username is
   * the e-mail. Returns the new user's id.
   */
  String createInvited(String email, String firstName, String lastName) {
    var body =
        Json.createObjectBuilder()
            .add("username", email)
            .add("email", email)
            .add("enabled", true)
            .add(
                "requiredActions",
                Json.createArrayBuilder().add("UPDATE_PASSWORD").add("VERIFY_EMAIL"));
    if (firstName != null) {
      body.add("firstName", firstName);
    }
    if (lastName != null) {
      body.add("lastName", lastName);
    }
    keycloak.expect("creating user " + email, "POST", "/users", body.build().toString(), 201, 409);
    return findUserByEmail(email)
        .orElseThrow(
            () -> new IdentityException("User " + email + " not found after creating it", null));
  }

  /** The id of the user with this e-mail (or this username), if any. */
  Optional<String> findUserByEmail(String email) {
    for (String query : new String[] {"email", "username"}) {
      HttpResponse<String> r =
          keycloak.expect(
              "finding user " + email,
              "GET",
              "/users?exact=true&" + query + "=" + enc(email),
              null,
              200);
      for (JsonValue v : array(r.body())) {
        return Optional.of(v.asJsonObject().getString("id"));
      }
    }
    return Optional.empty();
  }

  String findOrganization(TenantId tenant) {
    HttpResponse<String> r =
        keycloak.expect(
            "searching organization " + tenant,
            "GET",
            "/organizations?exact=true&search=" + enc(tenant.value()),
            null,
            200);
    for (JsonValue v : array(r.body())) {
      JsonObject org = v.asJsonObject();
      if (tenant.value().equals(org.getString("alias", null))) {
        return org.getString("id");
      }
    }
    return null;
  }
}
