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
 * ProbeScript}, it throws after writing, stalls in the database past the statement timeout, or
 * waits past the delivery timeout.
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
        throw new IllegalStateException("probe: the statement timeout did not end the stall");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("probe: " + e.getMessage(), e);
    }
    // One trouble per attempt: a stall (above), a wait or a failure.
    if (ProbeScript.takeHang(territory)) {
      // Longer than the test platform's delivery timeout (3 s): as a call to a service that does
      // not answer would.
      try {
        Thread.sleep(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    } else if (ProbeScript.takeFailure(territory)) {
      throw new IllegalStateException("probe was told to fail on event " + event.id());
    }
  }
}
