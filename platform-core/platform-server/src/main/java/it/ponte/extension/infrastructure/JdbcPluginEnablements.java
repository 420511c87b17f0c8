package it.ponte.extension.infrastructure;

import it.ponte.api.tenant.TenantId;
import it.ponte.extension.domain.Enablement;
import it.ponte.extension.domain.PluginEnablements;
import it.ponte.platform.infrastructure.PonteDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.naming.NamingException;

/** Plugin enablement as plain SQL on the {@code platform} schema. */
@ApplicationScoped
public class JdbcPluginEnablements implements PluginEnablements {

  @Inject PonteDataSource database;

  private Connection connection() throws SQLException {
    try {
      return database.get().getConnection();
    } catch (NamingException e) {
      throw new SQLException("Data source not available: " + e.getMessage(), "08001", e);
    }
  }

  @Override
  public List<Enablement> ofTenant(TenantId tenant) {
    try (Connection c = connection();
        PreparedStatement q =
            c.prepareStatement(
                "SELECT plugin_id, enabled, config::text, changed_at, changed_by"
                    + " FROM platform.plugin_enablement WHERE tenant_id = ? ORDER BY plugin_id")) {
      q.setString(1, tenant.value());
      List<Enablement> result = new ArrayList<>();
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          result.add(read(rs));
        }
      }
      return result;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read plugin enablement: " + e.getMessage(), e);
    }
  }

  @Override
  public Optional<Enablement> find(TenantId tenant, String pluginId) {
    return ofTenant(tenant).stream().filter(e -> e.pluginId().equals(pluginId)).findFirst();
  }

  @Override
  public void save(TenantId tenant, Enablement e, String action) {
    try (Connection c = connection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try (PreparedStatement upsert =
              c.prepareStatement(
                  "INSERT INTO platform.plugin_enablement"
                      + " (tenant_id, plugin_id, enabled, config, changed_at, changed_by)"
                      + " VALUES (?, ?, ?, ?::jsonb, ?, ?) ON CONFLICT (tenant_id, plugin_id) DO UPDATE"
                      + " SET enabled = EXCLUDED.enabled, config = EXCLUDED.config,"
                      + " changed_at = EXCLUDED.changed_at, changed_by = EXCLUDED.changed_by");
          PreparedStatement history =
              c.prepareStatement(
                  "INSERT INTO platform.plugin_change (tenant_id, plugin_id, action, config, at, actor)"
                      + " VALUES (?, ?, ?, ?::jsonb, ?, ?)")) {
        upsert.setString(1, tenant.value());
        upsert.setString(2, e.pluginId());
        upsert.setBoolean(3, e.enabled());
        upsert.setString(4, e.config());
        upsert.setObject(5, e.changedAt());
        upsert.setString(6, e.changedBy());
        upsert.executeUpdate();
        history.setString(1, tenant.value());
        history.setString(2, e.pluginId());
        history.setString(3, action);
        history.setString(4, e.config());
        history.setObject(5, e.changedAt());
        history.setString(6, e.changedBy());
        history.executeUpdate();
        c.commit();
      } catch (SQLException ex) {
        c.rollback();
        throw ex;
      } finally {
        c.setAutoCommit(autoCommit);
      }
    } catch (SQLException ex) {
      throw new IllegalStateException("Could not store plugin enablement: " + ex.getMessage(), ex);
    }
  }

  @Override
  public java.util.Map<TenantId, List<String>> enabledByTenant() {
    try (Connection c = connection();
        PreparedStatement q =
            c.prepareStatement(
                "SELECT tenant_id, plugin_id FROM platform.plugin_enablement WHERE enabled"
                    + " ORDER BY tenant_id, plugin_id")) {
      java.util.Map<TenantId, List<String>> result = new java.util.LinkedHashMap<>();
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          result
              .computeIfAbsent(TenantId.of(rs.getString(1)), t -> new ArrayList<>())
              .add(rs.getString(2));
        }
      }
      return result;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read plugin enablement: " + e.getMessage(), e);
    }
  }

  @Override
  public List<TenantId> tenantsEnabling(Collection<String> pluginIds) {
    if (pluginIds.isEmpty()) {
      return List.of();
    }
    try (Connection c = connection();
        PreparedStatement q =
            c.prepareStatement(
                "SELECT DISTINCT tenant_id FROM platform.plugin_enablement"
                    + " WHERE enabled AND plugin_id = ANY (?) ORDER BY tenant_id")) {
      q.setArray(1, c.createArrayOf("text", pluginIds.toArray()));
      List<TenantId> result = new ArrayList<>();
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          result.add(TenantId.of(rs.getString(1)));
        }
      }
      return result;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read plugin enablement: " + e.getMessage(), e);
    }
  }

  @Override
  public List<Change> history(TenantId tenant, String pluginId, int limit) {
    try (Connection c = connection();
        PreparedStatement q =
            c.prepareStatement(
                "SELECT action, config::text, at, actor FROM platform.plugin_change"
                    + " WHERE tenant_id = ? AND plugin_id = ? ORDER BY id DESC LIMIT ?")) {
      q.setString(1, tenant.value());
      q.setString(2, pluginId);
      q.setInt(3, limit);
      List<Change> result = new ArrayList<>();
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          result.add(
              new Change(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getObject(3, OffsetDateTime.class),
                  rs.getString(4)));
        }
      }
      return result;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read plugin changes: " + e.getMessage(), e);
    }
  }

  private static Enablement read(ResultSet rs) throws SQLException {
    return new Enablement(
        rs.getString(1),
        rs.getBoolean(2),
        rs.getString(3),
        rs.getObject(4, OffsetDateTime.class),
        rs.getString(5));
  }
}
