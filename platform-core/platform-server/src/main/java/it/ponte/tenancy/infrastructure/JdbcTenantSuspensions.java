package it.ponte.tenancy.infrastructure;

import it.ponte.api.tenant.TenantId;
import it.ponte.platform.infrastructure.PonteDataSource;
import it.ponte.tenancy.domain.TenantSuspensions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import javax.naming.NamingException;

/** Suspensions in {@code platform.tenant_suspension}, read on every write to a territory. */
@ApplicationScoped
public class JdbcTenantSuspensions implements TenantSuspensions {

  @Inject PonteDataSource database;

  @Override
  public Optional<Suspension> of(TenantId tenant) {
    try (Connection c = database.get().getConnection();
        PreparedStatement q =
            c.prepareStatement(
                "SELECT since, actor FROM platform.tenant_suspension WHERE tenant_id = ?")) {
      q.setString(1, tenant.value());
      try (ResultSet rs = q.executeQuery()) {
        return rs.next()
            ? Optional.of(new Suspension(rs.getObject(1, OffsetDateTime.class), rs.getString(2)))
            : Optional.empty();
      }
    } catch (SQLException | NamingException e) {
      throw new IllegalStateException("Could not read suspensions: " + e.getMessage(), e);
    }
  }

  @Override
  public java.util.Map<TenantId, Suspension> all() {
    try (Connection c = database.get().getConnection();
        PreparedStatement q =
            c.prepareStatement("SELECT tenant_id, since, actor FROM platform.tenant_suspension");
        ResultSet rs = q.executeQuery()) {
      java.util.Map<TenantId, Suspension> result = new java.util.HashMap<>();
      while (rs.next()) {
        result.put(
            TenantId.of(rs.getString(1)),
            new Suspension(rs.getObject(2, OffsetDateTime.class), rs.getString(3)));
      }
      return result;
    } catch (SQLException | NamingException e) {
      throw new IllegalStateException("Could not read suspensions: " + e.getMessage(), e);
    }
  }

  @Override
  public Suspension suspend(TenantId tenant, String actor) {
    try (Connection c = database.get().getConnection();
        PreparedStatement q =
            c.prepareStatement(
                "INSERT INTO platform.tenant_suspension (tenant_id, actor) VALUES (?, ?)"
                    + " ON CONFLICT (tenant_id) DO NOTHING")) {
      q.setString(1, tenant.value());
      q.setString(2, actor);
      q.executeUpdate();
    } catch (SQLException | NamingException e) {
      throw new IllegalStateException("Could not suspend: " + e.getMessage(), e);
    }
    return of(tenant).orElseThrow();
  }

  @Override
  public boolean lift(TenantId tenant) {
    try (Connection c = database.get().getConnection();
        PreparedStatement q =
            c.prepareStatement("DELETE FROM platform.tenant_suspension WHERE tenant_id = ?")) {
      q.setString(1, tenant.value());
      return q.executeUpdate() == 1;
    } catch (SQLException | NamingException e) {
      throw new IllegalStateException("Could not lift the suspension: " + e.getMessage(), e);
    }
  }
}
