package it.ponte.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ponte.it.Platform.Answer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Defence in depth: a tenant's role can read its own schema only, and the platform really runs
 * tenant transactions as that role.
 */
@ExtendWith(PlatformExtension.class)
class SchemaRoleIsolationIT {

  @Test
  void aTenantTransactionCannotReadAnotherTenantsSchema(Platform platform) throws Exception {
    String a = platform.onboardNewTenant("03");
    String b = platform.onboardNewTenant("08");
    String schemaA = "t_" + a.replace('-', '_');
    String schemaB = "t_" + b.replace('-', '_');
    String roleA = "ponte_t_" + a.replace('-', '_');

    try (Connection c = platform.jdbc()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute("SET LOCAL ROLE " + roleA);
        s.executeQuery("SELECT count(*) FROM " + schemaA + ".company").close();
        assertThatThrownBy(() -> s.executeQuery("SELECT count(*) FROM " + schemaB + ".company"))
            .isInstanceOf(SQLException.class)
            .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"))
            .hasMessageContaining("permission denied");
      }
      c.rollback();
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute("SET LOCAL ROLE " + roleA);
        assertThatThrownBy(() -> s.executeQuery("SELECT * FROM platform.tenant"))
            .isInstanceOf(SQLException.class)
            .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
      }
      c.rollback();
    }
  }

  @Test
  void theServerRunsTenantTransactionsAsTheTenantsRole(Platform platform) throws Exception {
    String tenant = platform.onboardNewTenant("03");
    String schema = "t_" + tenant.replace('-', '_');
    String role = "ponte_t_" + tenant.replace('-', '_');
    assertThat(platform.get("/api/t/" + tenant + "/companies").status()).isEqualTo(200);

    // The platform's own user is a superuser in the embedded database: only a request that runs
    // as the tenant's role is stopped by taking the role's right away.
    try (Connection c = platform.jdbc();
        Statement s = c.createStatement()) {
      s.execute("REVOKE SELECT ON " + schema + ".company FROM " + role);
    }
    Answer denied = platform.get("/api/t/" + tenant + "/companies");
    try (Connection c = platform.jdbc();
        Statement s = c.createStatement()) {
      s.execute("GRANT SELECT ON " + schema + ".company TO " + role);
    }

    assertThat(denied.status()).isEqualTo(500);
    assertThat(denied.contentType()).startsWith("application/problem+json");
    assertThat(denied.body()).doesNotContain("permission denied").doesNotContain("at it.ponte");
    assertThat(platform.get("/api/t/" + tenant + "/companies").status()).isEqualTo(200);
  }
}
