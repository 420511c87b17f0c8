package it.ponte.tenancy.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TenantOnboardingTest {

  @Test
  void failureReasonsLoseJavaClassNames() {
    assertThat(
            TenantOnboarding.readable(
                "Liquibase failed on db/tenant-core/changelog.yaml in schema t_x:"
                    + " liquibase.exception.DatabaseException: An error occurred while creating the table"))
        .isEqualTo(
            "Liquibase failed on db/tenant-core/changelog.yaml in schema t_x: An error occurred while creating the table");
    assertThat(
            TenantOnboarding.readable("identity provider: Keycloak cannot be reached at http://kc"))
        .isEqualTo("identity provider: Keycloak cannot be reached at http://kc");
    assertThat(TenantOnboarding.readable(null)).isEqualTo("unknown error");
  }
}
