package it.ponte.tenancy.infrastructure;

import static it.ponte.platform.infrastructure.SqlIdentifiers.quote;

import it.ponte.api.tenant.TenantId;
import it.ponte.platform.infrastructure.DatabaseSettings;
import it.ponte.tenancy.domain.TenantSchemas;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;

/**
 * One schema and one role per tenant. The role owns the schema and every table in it, has no login
 * and no right on any other schema; tenant migrations run as that role, so what they create belongs
 * to it.
 */
@ApplicationScoped
public class PostgresTenantSchemas implements TenantSchemas {

  /** Schema of the tenant registry and onboarding log. */
  public static final String PLATFORM_SCHEMA = "platform";

  static final String PLATFORM_CHANGELOG = "db/platform/changelog.yaml";
  static final String TENANT_CORE_CHANGELOG = "db/tenant-core/changelog.yaml";

  /** Serialises role and schema creation across instances (CREATE ROLE has no IF NOT EXISTS). */
  private static final long PROVISIONING_LOCK = 0x706f6e7465L; // "ponte"

  private static final Logger LOG = Logger.getLogger(PostgresTenantSchemas.class.getName());

  @Inject DatabaseSettings database;

  @Inject LiquibaseMigrator liquibase;

  @Override
  public Migration migratePlatform() {
    try (Connection connection = database.openDedicatedConnection()) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("CREATE SCHEMA IF NOT EXISTS " + quote(PLATFORM_SCHEMA));
        statement.execute("SET search_path TO " + quote(PLATFORM_SCHEMA));
      }
      return liquibase.update(connection, PLATFORM_SCHEMA, PLATFORM_CHANGELOG);
    } catch (SQLException e) {
      throw new SchemaException("Could not migrate the platform schema: " + e.getMessage(), e);
    }
  }

  @Override
  public Migration provisionAndMigrate(TenantId tenant, String timeZone) {
    try (Connection connection = database.openDedicatedConnection()) {
      provision(connection, tenant);
      try (Statement statement = connection.createStatement()) {
        statement.execute("SET ROLE " + quote(tenant.roleName()));
        statement.execute("SET search_path TO " + quote(tenant.schemaName()));
      }
      Migration migration =
          liquibase.update(connection, tenant.schemaName(), TENANT_CORE_CHANGELOG);
      int recomputed = keepCalendar(connection, timeZone);
      if (recomputed >= 0) {
        LOG.info(
            () ->
                "Tenant "
                    + tenant
                    + ": calendar set to "
                    + timeZone
                    + ", first-interview facts of "
                    + recomputed
                    + " people computed on it");
      }
      LOG.info(
          () ->
              "Tenant "
                  + tenant
                  + ": schema "
                  + tenant.schemaName()
                  + " at "
                  + migration.schemaVersion()
                  + " ("
                  + migration.applied()
                  + " changesets applied now)");
      return migration;
    } catch (SQLException e) {
      throw new SchemaException("Could not provision tenant " + tenant + ": " + e.getMessage(), e);
    }
  }

  /**
   * Stores the territory's time zone in its schema unless it is there already; when it was absent
   * or another, recomputes in the same transaction the facts the candidate trigger keeps on that
   * calendar (an update of first_interview_at to itself fires it).
   *
   * @return how many people were recomputed, or -1 when the calendar was already this zone
   */
  private static int keepCalendar(Connection connection, String timeZone) throws SQLException {
    return inTransaction(
        connection,
        c -> {
          try (PreparedStatement store =
              c.prepareStatement(
                  "INSERT INTO territory_calendar (time_zone) VALUES (?) ON CONFLICT (id) DO UPDATE"
                      + " SET time_zone = EXCLUDED.time_zone"
                      + " WHERE territory_calendar.time_zone <> EXCLUDED.time_zone")) {
            store.setString(1, timeZone);
            if (store.executeUpdate() == 0) {
              return -1;
            }
          }
          try (Statement recompute = c.createStatement()) {
            return recompute.executeUpdate(
                "UPDATE candidate SET first_interview_at = first_interview_at"
                    + " WHERE first_interview_at IS NOT NULL");
          }
        });
  }

  @Override
  public void drop(TenantId tenant) {
    try (Connection connection = database.openDedicatedConnection()) {
      underProvisioningLock(
          connection,
          statement -> {
            statement.execute("DROP SCHEMA IF EXISTS " + quote(tenant.schemaName()) + " CASCADE");
            if (roleExists(connection, tenant.roleName())) {
              // Grants the role still holds elsewhere (none are expected) go with it.
              statement.execute("DROP OWNED BY " + quote(tenant.roleName()));
              statement.execute("DROP ROLE " + quote(tenant.roleName()));
            }
          });
      LOG.info(() -> "Tenant " + tenant + ": schema and role dropped");
    } catch (SQLException e) {
      throw new SchemaException("Could not drop tenant " + tenant + ": " + e.getMessage(), e);
    }
  }

  private static void provision(Connection connection, TenantId tenant) throws SQLException {
    underProvisioningLock(
        connection,
        statement -> {
          if (!roleExists(connection, tenant.roleName())) {
            statement.execute("CREATE ROLE " + quote(tenant.roleName()) + " NOLOGIN NOINHERIT");
          }
          // The platform's own user must be a member to run tenant transactions as this role.
          statement.execute("GRANT " + quote(tenant.roleName()) + " TO CURRENT_USER");
          statement.execute(
              "CREATE SCHEMA IF NOT EXISTS "
                  + quote(tenant.schemaName())
                  + " AUTHORIZATION "
                  + quote(tenant.roleName()));
        });
  }

  /** Statements run in one transaction that holds the provisioning lock. */
  private interface LockedWork {
    void run(Statement statement) throws SQLException;
  }

  /** Work on a connection that gives a result. */
  private interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /**
   * Runs the work in a transaction of its own under {@link #PROVISIONING_LOCK}, so that roles and
   * schemas are made and dropped by one instance at a time.
   */
  private static void underProvisioningLock(Connection connection, LockedWork work)
      throws SQLException {
    inTransaction(
        connection,
        c -> {
          try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            lock.setLong(1, PROVISIONING_LOCK);
            lock.execute();
          }
          try (Statement statement = c.createStatement()) {
            work.run(statement);
          }
          return null;
        });
  }

  /** Runs the work in a transaction of its own: committed if it ends, rolled back if it throws. */
  private static <T> T inTransaction(Connection connection, Work<T> work) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      T result = work.run(connection);
      connection.commit();
      return result;
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  private static boolean roleExists(Connection connection, String role) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
      query.setString(1, role);
      try (ResultSet rs = query.executeQuery()) {
        return rs.next();
      }
    }
  }
}
