package it.ponte.arquillian.probe;

import it.ponte.api.core.CurrentTenant;
import it.ponte.api.core.TenantSql;
import it.ponte.api.plugin.ScheduledTask;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Each run writes the territory it was told it runs for and the role and schema it runs in. */
@ApplicationScoped
public class ProbeTask implements ScheduledTask {

  @Inject TenantSql sql;

  @Inject CurrentTenant tenant;

  @Override
  public String pluginId() {
    return ProbePlugin.ID;
  }

  @Override
  public void run() {
    try (PreparedStatement insert =
        sql.connection()
            .prepareStatement(
                "INSERT INTO probe_task (tenant, db_role, search_path)"
                    + " VALUES (?, current_user, current_setting('search_path'))")) {
      insert.setString(1, tenant.id().value());
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("probe task: " + e.getMessage(), e);
    }
  }
}
