package it.ponte.itplugins.echo;

import it.ponte.api.core.CurrentTenant;
import it.ponte.api.core.TenantSql;
import it.ponte.api.event.DomainEvent;
import it.ponte.api.plugin.DomainEventListener;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Writes one row per delivery: a duplicate delivery would be a duplicate row. */
@ApplicationScoped
public class EchoListener implements DomainEventListener {

  @Inject TenantSql sql;

  @Inject CurrentTenant tenant;

  @Override
  public String pluginId() {
    return EchoPlugin.ID;
  }

  @Override
  public void on(DomainEvent event) {
    if (tenant.configOf(EchoPlugin.ID, EchoConfig.class).failEvents()) {
      throw new IllegalStateException("echo was told to fail on " + event.type());
    }
    try (PreparedStatement insert =
        sql.connection()
            .prepareStatement(
                "INSERT INTO echo_seen (event_id, type, aggregate_id) VALUES (CAST(? AS uuid), ?, ?)")) {
      insert.setString(1, event.id().toString());
      insert.setString(2, event.type());
      insert.setLong(3, event.aggregateId());
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
