package it.ponte.tenancy.infrastructure;

import static it.ponte.platform.infrastructure.SqlIdentifiers.quote;

import it.ponte.tenancy.domain.TenantSchemas.Migration;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Logger;
import liquibase.ChecksumVersion;
import liquibase.Scope;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.ResourceAccessor;

/**
 * Runs a Liquibase changelog in one schema. The change log tables live in that same schema, so the
 * same changelog runs independently in every tenant schema and its lock guards only that schema
 * while several instances start at once.
 */
@ApplicationScoped
public class LiquibaseMigrator {

  private static final Logger LOG = Logger.getLogger(LiquibaseMigrator.class.getName());

  static {
    LiquibaseSettings.install();
  }

  /** Changesets of each changelog as "id|author|file|checksum", computed once per changelog. */
  private final ConcurrentMap<String, Set<String>> expected = new ConcurrentHashMap<>();

  /**
   * Applies the changelog's pending changesets in {@code schema} and reports where it stands.
   *
   * <p>A schema whose change log already holds exactly the changelog's changesets, with the same
   * checksums, is left alone without starting Liquibase: restarting with hundreds of up-to-date
   * tenants then costs one query per tenant. Anything else (a pending or an edited changeset) goes
   * through Liquibase, which applies or refuses it.
   */
  public Migration update(Connection connection, String schema, String changelog)
      throws SQLException {
    Set<String> wanted = expectedChangesets(changelog);
    if (!wanted.isEmpty() && wanted.equals(appliedChangesets(connection, schema, changelog))) {
      return new Migration(lastChangeset(connection, schema, changelog), 0);
    }
    int before = appliedCount(connection, schema, changelog);
    try {
      Database database =
          DatabaseFactory.getInstance()
              .findCorrectDatabaseImplementation(new JdbcConnection(connection));
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
      throw new SchemaException(
          "Liquibase failed on " + changelog + " in schema " + schema + ": " + e.getMessage(), e);
    }
    int after = appliedCount(connection, schema, changelog);
    return new Migration(lastChangeset(connection, schema, changelog), after - before);
  }

  private Set<String> expectedChangesets(String changelog) {
    return expected.computeIfAbsent(
        changelog,
        file -> {
          ResourceAccessor accessor =
              new ClassLoaderResourceAccessor(LiquibaseMigrator.class.getClassLoader());
          try {
            return Scope.child(
                Map.of(
                    Scope.Attr.resourceAccessor.name(),
                    accessor,
                    "liquibase.analytics.enabled",
                    Boolean.FALSE),
                () -> {
                  DatabaseChangeLog parsed =
                      ChangeLogParserFactory.getInstance()
                          .getParser(file, accessor)
                          .parse(file, new ChangeLogParameters(), accessor);
                  Set<String> keys = new HashSet<>();
                  for (ChangeSet changeSet : parsed.getChangeSets()) {
                    keys.add(
                        key(
                            changeSet.getId(),
                            changeSet.getAuthor(),
                            changeSet.getFilePath(),
                            changeSet.generateCheckSum(ChecksumVersion.latest()).toString()));
                  }
                  return Set.copyOf(keys);
                });
          } catch (Exception e) {
            LOG.warning(
                "Could not pre-read " + file + "; every schema will go through Liquibase: " + e);
            return Set.of();
          }
        });
  }

  /**
   * The changesets of one changelog applied in a schema. Several changelogs (the core's and each
   * enabled plugin's) share a schema's change log table; each is compared with its own rows.
   */
  private static Set<String> appliedChangesets(
      Connection connection, String schema, String changelog) throws SQLException {
    if (!changelogTableExists(connection, schema)) {
      return Set.of();
    }
    Set<String> keys = new HashSet<>();
    try (var query =
        connection.prepareStatement(
            "SELECT id, author, filename, md5sum FROM "
                + quote(schema)
                + ".databasechangelog WHERE filename = ?")) {
      query.setString(1, changelog);
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          keys.add(key(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
        }
      }
    }
    return keys;
  }

  private static String key(String id, String author, String file, String checksum) {
    return id + "|" + author + "|" + file + "|" + checksum;
  }

  private static int appliedCount(Connection connection, String schema, String changelog)
      throws SQLException {
    if (!changelogTableExists(connection, schema)) {
      return 0;
    }
    try (var query =
        connection.prepareStatement(
            "SELECT count(*) FROM " + quote(schema) + ".databasechangelog WHERE filename = ?")) {
      query.setString(1, changelog);
      try (ResultSet rs = query.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  private static String lastChangeset(Connection connection, String schema, String changelog)
      throws SQLException {
    try (var query =
        connection.prepareStatement(
            "SELECT id FROM "
                + quote(schema)
                + ".databasechangelog WHERE filename = ? ORDER BY orderexecuted DESC LIMIT 1")) {
      query.setString(1, changelog);
      try (ResultSet rs = query.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  private static boolean changelogTableExists(Connection connection, String schema)
      throws SQLException {
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
