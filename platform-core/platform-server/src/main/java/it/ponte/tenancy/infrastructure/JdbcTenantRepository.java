package it.ponte.tenancy.infrastructure;

import it.ponte.api.tenant.TenantId;
import it.ponte.platform.infrastructure.JsonValues;
import it.ponte.platform.infrastructure.PonteDataSource;
import it.ponte.tenancy.domain.Tenant;
import it.ponte.tenancy.domain.TenantDescriptor;
import it.ponte.tenancy.domain.TenantDescriptorParser;
import it.ponte.tenancy.domain.TenantRepository;
import it.ponte.tenancy.domain.TenantStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.naming.NamingException;

/** The tenant registry as plain SQL on the {@code platform} schema. */
@ApplicationScoped
public class JdbcTenantRepository implements TenantRepository {

  /** Looked up once: each {@code Json.create...} call searches the class path for a provider. */
  private static final JsonProvider JSON = JsonProvider.provider();

  private static final String COLUMNS =
      "descriptor::text, status, database_name, schema_version, last_error, identity_ref, created_at, updated_at";

  @Inject PonteDataSource database;

  private Connection connection() throws SQLException {
    try {
      return database.get().getConnection();
    } catch (NamingException e) {
      throw new SQLException(
          "Data source " + PonteDataSource.JNDI_NAME + " not available: " + e.getMessage(),
          "08001",
          e);
    }
  }

  @Override
  public Optional<Tenant> find(TenantId id) {
    try (Connection c = connection();
        PreparedStatement q =
            c.prepareStatement("SELECT " + COLUMNS + " FROM platform.tenant WHERE id = ?")) {
      q.setString(1, id.value());
      try (ResultSet rs = q.executeQuery()) {
        return rs.next() ? Optional.of(read(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new RegistryException(e);
    }
  }

  @Override
  public List<Tenant> findAll() {
    try (Connection c = connection();
        PreparedStatement q =
            c.prepareStatement("SELECT " + COLUMNS + " FROM platform.tenant ORDER BY id");
        ResultSet rs = q.executeQuery()) {
      List<Tenant> tenants = new ArrayList<>();
      while (rs.next()) {
        tenants.add(read(rs));
      }
      return tenants;
    } catch (SQLException e) {
      throw new RegistryException(e);
    }
  }

  @Override
  public boolean insertProvisioning(TenantDescriptor descriptor) {
    try (Connection c = connection();
        PreparedStatement q =
            c.prepareStatement(
                "INSERT INTO platform.tenant (id, name, region, descriptor, status, database_name)"
                    + " VALUES (?, ?, ?, ?::jsonb, 'PROVISIONING', 'default') ON CONFLICT (id) DO NOTHING")) {
      q.setString(1, descriptor.id().value());
      q.setString(2, descriptor.name());
      q.setString(3, descriptor.region());
      q.setString(4, json(descriptor));
      return q.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new RegistryException(e);
    }
  }

  @Override
  public void updateDescriptor(TenantDescriptor descriptor) {
    update(
        "UPDATE platform.tenant SET name = ?, region = ?, descriptor = ?::jsonb, updated_at = now() WHERE id = ?",
        descriptor.name(),
        descriptor.region(),
        json(descriptor),
        descriptor.id().value());
  }

  @Override
  public void markActive(TenantId id, String schemaVersion) {
    update(
        "UPDATE platform.tenant SET status = 'ACTIVE', schema_version = ?, last_error = NULL, updated_at = now()"
            + " WHERE id = ?",
        schemaVersion,
        id.value());
  }

  @Override
  public void markFailed(TenantId id, String error) {
    update(
        "UPDATE platform.tenant SET status = 'FAILED', last_error = ?, updated_at = now() WHERE id = ?",
        truncate(error),
        id.value());
  }

  @Override
  public void setIdentityRef(TenantId id, String identityRef) {
    update(
        "UPDATE platform.tenant SET identity_ref = ?, updated_at = now() WHERE id = ?",
        identityRef,
        id.value());
  }

  @Override
  public void offboard(TenantId id, java.time.OffsetDateTime suspendedAt, String actor) {
    try (Connection c = connection()) {
      c.setAutoCommit(false);
      try {
        try (PreparedStatement q =
            c.prepareStatement(
                "INSERT INTO platform.tenant_offboarding (tenant_id, name, region, onboarded_at,"
                    + " suspended_at, actor) SELECT id, name, region, created_at, ?, ?"
                    + " FROM platform.tenant WHERE id = ?")) {
          q.setObject(1, suspendedAt);
          q.setString(2, actor);
          q.setString(3, id.value());
          q.executeUpdate();
        }
        for (String table :
            List.of(
                "member_activity",
                "plugin_change",
                "plugin_enablement",
                "onboarding_log",
                "tenant_suspension")) {
          try (PreparedStatement q =
              c.prepareStatement("DELETE FROM platform." + table + " WHERE tenant_id = ?")) {
            q.setString(1, id.value());
            q.executeUpdate();
          }
        }
        try (PreparedStatement q = c.prepareStatement("DELETE FROM platform.tenant WHERE id = ?")) {
          q.setString(1, id.value());
          q.executeUpdate();
        }
        c.commit();
      } catch (SQLException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new RegistryException(e);
    }
  }

  @Override
  public void log(TenantId id, String event, String detail, String actor) {
    update(
        "INSERT INTO platform.onboarding_log (tenant_id, event, detail, actor) VALUES (?, ?, ?, ?)",
        id.value(),
        event,
        truncate(detail),
        actor);
  }

  private void update(String sql, String... params) {
    try (Connection c = connection();
        PreparedStatement q = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        q.setString(i + 1, params[i]);
      }
      q.executeUpdate();
    } catch (SQLException e) {
      throw new RegistryException(e);
    }
  }

  private static Tenant read(ResultSet rs) throws SQLException {
    Object plain =
        JsonValues.toPlain(JSON.createReader(new StringReader(rs.getString(1))).readValue());
    TenantDescriptorParser.Result parsed = TenantDescriptorParser.parse((Map<?, ?>) plain);
    if (!parsed.isValid()) {
      throw new SQLException("Stored descriptor no longer valid: " + parsed.errors());
    }
    return new Tenant(
        parsed.descriptor(),
        TenantStatus.valueOf(rs.getString(2)),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getObject(7, OffsetDateTime.class),
        rs.getObject(8, OffsetDateTime.class));
  }

  private static String json(TenantDescriptor descriptor) {
    return JsonValues.toJson(descriptor.toMap()).toString();
  }

  private static String truncate(String text) {
    return text == null || text.length() <= 2000 ? text : text.substring(0, 2000);
  }

  /** The registry could not be read or written; carries the database's reason. */
  public static class RegistryException extends RuntimeException {

    RegistryException(SQLException cause) {
      super("Tenant registry: " + cause.getMessage(), cause);
    }
  }
}
