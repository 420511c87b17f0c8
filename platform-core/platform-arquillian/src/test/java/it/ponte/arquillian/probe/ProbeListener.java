package it.ponte.arquillian.probe;

import it.ponte.api.core.CurrentTenant;
import it.ponte.api.core.TenantSql;
import it.ponte.api.event.DomainEvent;
import it.ponte.api.plugin.DomainEventListener;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Writes one row per delivery with the territory and database role it ran under; told to by {@link
 * ProbeScript}, it throws after writing, or stalls in the database past the statement timeout.
 */
@ApplicationScoped
public class ProbeListener implements DomainEventListener {

  @Inject TenantSql sql;

  @Inject CurrentTenant tenant;

  @Override
  public String pluginId() {
    return ProbePlugin.ID;
  }

  @Override
  public void on(DomainEvent event) {
    String territory = tenant.id().value();
    ProbeScript.attempted(territory);
    try (PreparedStatement insert =
        sql.connection()
            .prepareStatement(
                "INSERT INTO probe_seen (event_id, tenant, db_role, aggregate_id)"
                    + " VALUES (CAST(? AS uuid), ?, current_user, ?)")) {
      insert.setString(1, event.id().toString());
      insert.setString(2, territory);
      insert.setLong(3, event.aggregateId());
      insert.executeUpdate();
      if (ProbeScript.takeStall(territory)) {
        try (PreparedStatement sleep = sql.connection().prepareStatement("SELECT pg_sleep(30)")) {
          sleep.execute();
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("probe: " + e.getMessage(), e);
    }
    if (ProbeScript.takeFailure(territory)) {
      throw new IllegalStateException("probe was told to fail on event " + event.id());
    }
  }
}
