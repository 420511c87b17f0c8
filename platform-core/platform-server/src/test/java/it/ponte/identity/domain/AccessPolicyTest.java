package it.ponte.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import it.ponte.api.plugin.TenantRole;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {

  /** A caller holding each given role in each given territory (or platform roles). */
  private static Caller caller(Set<String> roles, Set<String> tenants) {
    java.util.Map<String, TenantRole> held = new java.util.HashMap<>();
    for (String role : roles) {
      Roles.territoryRole(role).ifPresent(r -> tenants.forEach(t -> held.put(t, r)));
    }
    return new Caller("sub-1", "user", roles, held);
  }

  @Test
  void tenantMembersWithATenantRoleReachTheirTenantOnly() {
    Caller operator = caller(Set.of(Roles.OPERATOR), Set.of("bergamo"));
    assertThat(AccessPolicy.decide("POST", "t/bergamo/companies", operator).allowed()).isTrue();
    assertThat(AccessPolicy.decide("GET", "t/bologna/companies", operator).allowed()).isFalse();
    assertThat(AccessPolicy.decide("GET", "platform/tenants", operator).allowed()).isFalse();
    assertThat(AccessPolicy.decide("GET", "federation/reports/activity", operator).allowed())
        .isFalse();
  }

  @Test
  void viewersOnlyRead() {
    Caller viewer = caller(Set.of(Roles.VIEWER), Set.of("bergamo"));
    assertThat(AccessPolicy.decide("GET", "t/bergamo/companies", viewer).allowed()).isTrue();
    assertThat(AccessPolicy.decide("POST", "t/bergamo/companies", viewer).allowed()).isFalse();
    assertThat(AccessPolicy.decide("DELETE", "t/bergamo/companies/1", viewer).allowed()).isFalse();
  }

  @Test
  void onlyTenantAdminsReadTheAuditTrail() {
    Caller operator = caller(Set.of(Roles.OPERATOR), Set.of("bergamo"));
    Caller admin = caller(Set.of(Roles.TENANT_ADMIN), Set.of("bergamo"));
    String audit = "t/bergamo/candidates/7/audit";
    assertThat(AccessPolicy.decide("GET", audit, operator).allowed()).isFalse();
    assertThat(AccessPolicy.decide("GET", audit, admin).allowed()).isTrue();
    assertThat(AccessPolicy.decide("GET", "t/bologna/candidates/7/audit", admin).allowed())
        .isFalse();
    String erasure = "t/bergamo/candidates/7/privacy/erasure";
    assertThat(AccessPolicy.decide("POST", erasure, operator).allowed()).isFalse();
    assertThat(AccessPolicy.decide("POST", erasure, admin).allowed()).isTrue();
  }

  @Test
  void onlyTenantAdminsEnableAndWatchPlugins() {
    Caller operator = caller(Set.of(Roles.OPERATOR), Set.of("bergamo"));
    Caller admin = caller(Set.of(Roles.TENANT_ADMIN), Set.of("bergamo"));
    assertThat(AccessPolicy.decide("GET", "t/bergamo/plugins/dul", operator).allowed()).isTrue();
    assertThat(AccessPolicy.decide("PUT", "t/bergamo/plugins/dul", operator).allowed()).isFalse();
    assertThat(AccessPolicy.decide("DELETE", "t/bergamo/plugins/dul", operator).allowed())
        .isFalse();
    assertThat(AccessPolicy.decide("PUT", "t/bergamo/plugins/dul", admin).allowed()).isTrue();
    assertThat(AccessPolicy.decide("GET", "t/bergamo/plugins/dul/deliveries", operator).allowed())
        .isFalse();
    assertThat(AccessPolicy.decide("POST", "t/bergamo/plugins/dul/doti", operator).allowed())
        .as("a plugin's own endpoints follow the usual rules")
        .isTrue();
  }

  @Test
  void membershipWithoutATerritoryRoleIsNotEnough() {
    Caller admin = caller(Set.of(Roles.PLATFORM_ADMIN), Set.of("bergamo"));
    assertThat(AccessPolicy.decide("GET", "t/bergamo/companies", admin).allowed()).isFalse();
    assertThat(AccessPolicy.decide("POST", "platform/tenants", admin).allowed()).isTrue();
  }

  @Test
  void analystsReadFederatedReportsOnly() {
    Caller analyst = caller(Set.of(Roles.FEDERATION_ANALYST), Set.of());
    assertThat(AccessPolicy.decide("GET", "federation/reports/activity", analyst).allowed())
        .isTrue();
    assertThat(AccessPolicy.decide("GET", "t/bergamo/companies", analyst).allowed()).isFalse();
    assertThat(AccessPolicy.decide("GET", "platform/tenants", analyst).allowed()).isFalse();
  }

  @Test
  void theDecisionForAnUnknownTenantIsTheSameAsForAForeignOne() {
    Caller operator = caller(Set.of(Roles.OPERATOR), Set.of("bergamo"));
    assertThat(AccessPolicy.decide("GET", "t/nowhere/companies", operator))
        .isEqualTo(AccessPolicy.decide("GET", "t/bologna/companies", operator));
  }

  @Test
  void onlyTenantPublicFormsNeedNoToken() {
    assertThat(AccessPolicy.isPublic("t/bergamo/public/registrations")).isTrue();
    assertThat(AccessPolicy.isPublic("t/bergamo/companies")).isFalse();
    assertThat(AccessPolicy.isPublic("platform/public")).isFalse();
  }

  /** Issue #16: a role is held per territory, never carried from one territory to another. */
  @Test
  void anAdminOfOneTerritoryIsOnlyWhatTheyAreInAnother() {
    Caller mixed =
        new Caller(
            "sub-2",
            "mixed",
            Set.of(),
            Map.of("bergamo", TenantRole.ADMIN, "bologna", TenantRole.VIEWER));
    assertThat(AccessPolicy.decide("PUT", "t/bergamo/plugins/dul", mixed).allowed()).isTrue();
    assertThat(AccessPolicy.decide("PUT", "t/bologna/plugins/dul", mixed).allowed()).isFalse();
    assertThat(AccessPolicy.decide("POST", "t/bologna/companies", mixed).allowed()).isFalse();
    assertThat(AccessPolicy.decide("GET", "t/bologna/companies", mixed).allowed()).isTrue();
    assertThat(AccessPolicy.decide("GET", "t/bologna/members", mixed).allowed()).isFalse();
    assertThat(AccessPolicy.decide("GET", "t/bergamo/members", mixed).allowed()).isTrue();
  }

  @Test
  void importsAndTheExportAreForTheTerritorysAdmins() {
    Caller caller =
        new Caller(
            "sub-4",
            "both",
            Set.of(),
            Map.of("bergamo", TenantRole.ADMIN, "bologna", TenantRole.OPERATOR));
    assertThat(AccessPolicy.decide("POST", "t/bergamo/imports", caller).allowed()).isTrue();
    assertThat(AccessPolicy.decide("GET", "t/bergamo/imports/3", caller).allowed()).isTrue();
    assertThat(AccessPolicy.decide("GET", "t/bergamo/export", caller).allowed()).isTrue();
    assertThat(AccessPolicy.decide("POST", "t/bologna/imports", caller).allowed()).isFalse();
    assertThat(AccessPolicy.decide("GET", "t/bologna/imports", caller).allowed()).isFalse();
    assertThat(AccessPolicy.decide("GET", "t/bologna/export", caller).allowed()).isFalse();
  }

  @Test
  void anOrganizationWithoutARoleGroupGivesNothing() {
    // An organization member of Bergamo with no role group there: the organization gives nothing.
    Caller member = new Caller("sub-3", "member", Set.of(), Map.of());
    assertThat(AccessPolicy.decide("GET", "t/bergamo/companies", member).allowed()).isFalse();
    Caller grouped = new Caller("sub-4", "grouped", Set.of(), Map.of("bergamo", TenantRole.VIEWER));
    assertThat(AccessPolicy.decide("GET", "t/bergamo/companies", grouped).allowed())
        .as("several organizations: Keycloak names none in the token, the role group is enough")
        .isTrue();
  }

  @Test
  void roleGroupsAreReadFromTheirPaths() {
    assertThat(
            Roles.fromGroups(
                java.util.List.of(
                    "/t/bergamo/tenant-admin",
                    "/t/bologna/viewer",
                    "/t/bologna/operator",
                    "/t/x/platform-admin",
                    "/other/group",
                    "/t/too/deep/operator")))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("bergamo", TenantRole.ADMIN, "bologna", TenantRole.OPERATOR));
  }
}
