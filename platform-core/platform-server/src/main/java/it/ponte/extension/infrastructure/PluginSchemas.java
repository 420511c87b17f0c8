package it.ponte.extension.infrastructure;

import static it.ponte.platform.infrastructure.SqlIdentifiers.quote;

import it.ponte.api.plugin.PluginDescriptor;
import it.ponte.api.tenant.TenantId;
import it.ponte.platform.infrastructure.DatabaseSettings;
import it.ponte.tenancy.infrastructure.LiquibaseMigrator;
import it.ponte.tenancy.infrastructure.SchemaException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Runs a plugin's changelog in a tenant's schema, as the tenant's role, and starts the plugin's
 * event cursor at the tenant's newest event: a plugin sees only what happens once it is enabled.
 */
@ApplicationScoped
public class PluginSchemas {

  @Inject DatabaseSettings database;

  @Inject LiquibaseMigrator liquibase;

  /** First key of the advisory lock that plugin changes of one territory take turns on. */
  static final int PLUGIN_SCHEMA_LOCK = 0x504c5547;

  /**
   * Brings the plugin's tables up to date in the tenant's schema.
   *
   * @param startEvents whether to (re)start the plugin's event cursor at the newest event
   */
  public void prepare(TenantId tenant, PluginDescriptor plugin, boolean startEvents) {
    try (Connection connection = database.openDedicatedConnection()) {
      // Plugin changes of one territory take turns: a second administrator enabling at the same
      // time waits here for the first (then finds the tables up to date) instead of polling
      // Liquibase's lock every 10 seconds. The lock is the connection's; closing it releases it.
      try (PreparedStatement turn =
          connection.prepareStatement("SELECT pg_advisory_lock(?, hashtext(?))")) {
        turn.setInt(1, PLUGIN_SCHEMA_LOCK);
        turn.setString(2, tenant.value());
        turn.execute();
      }
      try (Statement statement = connection.createStatement()) {
        statement.execute("SET ROLE " + quote(tenant.roleName()));
        statement.execute("SET search_path TO " + quote(tenant.schemaName()));
      }
      if (plugin.changelog() != null) {
        liquibase.update(connection, tenant.schemaName(), plugin.changelog());
      }
      if (startEvents) {
        // Liquibase leaves the connection in manual commit: without this the cursor would be
        // rolled back when the connection closes.
        connection.setAutoCommit(true);
        try (PreparedStatement cursor =
            connection.prepareStatement(
                "INSERT INTO plugin_cursor (plugin_id, last_seq)"
                    + " VALUES (?, (SELECT coalesce(max(seq), 0) FROM outbox_event))"
                    + " ON CONFLICT (plugin_id) DO UPDATE SET last_seq = EXCLUDED.last_seq,"
                    + " attempts = 0, next_attempt_at = NULL, last_error = NULL, failing_seq = NULL")) {
          cursor.setString(1, plugin.id());
          cursor.executeUpdate();
        }
      }
    } catch (SQLException e) {
      throw new SchemaException(
          "Could not prepare plugin "
              + plugin.id()
              + " in tenant "
              + tenant
              + ": "
              + e.getMessage(),
          e);
    }
  }
}
