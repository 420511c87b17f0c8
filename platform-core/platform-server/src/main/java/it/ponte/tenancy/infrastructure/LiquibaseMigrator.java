package it.ponte.tenancy.infrastructure;

import static it.ponte.platform.infrastructure.SqlIdentifiers.quote;

import it.ponte.tenancy.domain.TenantSchemas.Migration;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Runs a Liquibase changelog in one schema. The change log tables live in that same schema, so
 * the same changelog runs independently in every tenant schema and its lock guards only that
 * schema while several instances start at once.
 */
@ApplicationScoped
public class LiquibaseMigrator {

  /** Applies the changelog's pending changesets in {@code schema} and reports where it stands. */
  public Migration update(Connection connection, String schema, String changelog) throws SQLException {
    int before = appliedCount(connection, schema);
    try {
      Database database =
          DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
      database.setDefaultSchemaName(schema);
      database.setLiquibaseSchemaName(schema);
      Map<String, Object> scope =
          Map.of(
              Scope.Attr.resourceAccessor.name(),
              new ClassLoaderResourceAccessor(LiquibaseMigrator.class.getClassLoader()),
              "liquibase.analytics.enabled",
              Boolean.FALSE,
              "liquibase.showBanner",
              Boolean.FALSE);
      Scope.child(
          scope,
          () ->
              new CommandScope(UpdateCommandStep.COMMAND_NAME)
                  .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                  .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelog)
                  .execute());
    } catch (SQLException e) {
      throw e;
    } catch (Exception e) {
      throw new SchemaException("Liquibase failed on " + changelog + " in schema " + schema + ": " + e.getMessage(), e);
    }
    int after = appliedCount(connection, schema);
    return new Migration(lastChangeset(connection, schema), after - before);
  }

  private static int appliedCount(Connection connection, String schema) throws SQLException {
    if (!changelogTableExists(connection, schema)) {
      return 0;
    }
    try (Statement statement = connection.createStatement();
        ResultSet rs =
            statement.executeQuery("SELECT count(*) FROM " + quote(schema) + ".databasechangelog")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static String lastChangeset(Connection connection, String schema) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs =
            statement.executeQuery(
                "SELECT id FROM " + quote(schema) + ".databasechangelog ORDER BY orderexecuted DESC LIMIT 1")) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  private static boolean changelogTableExists(Connection connection, String schema) throws SQLException {
    try (var query =
        connection.prepareStatement(
            "SELECT 1 FROM information_schema.tables WHERE table_schema = ? AND table_name = 'databasechangelog'")) {
      query.setString(1, schema);
      try (ResultSet rs = query.executeQuery()) {
        return rs.next();
      }
    }
  }
}
