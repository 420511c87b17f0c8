package it.ponte.api.plugin;

import java.util.List;

/**
 * Adds a plugin's data to the territory's export ({@code GET /api/t/{tenant}/export}): each table
 * the plugin names becomes {@code plugins/<id>/<name>.csv} in the ZIP, one column per selected
 * column, so a territory that leaves takes the plugin's records with it. The core runs the queries
 * in the export's transaction, as the tenant's role, and streams their rows; a query reads only the
 * plugin's own tables. Since Platform API 2.1.
 */
public interface TerritoryExportContributor extends Extension {

  /**
   * A file of the export.
   *
   * @param name the file's name without {@code .csv}: letters, digits, {@code -} and {@code _}
   * @param query a SELECT of the plugin's own tables, in a stable order (by id, say); a person
   *     appears by {@code candidate_id}, which the core's {@code candidates.csv} gives as {@code
   *     ponte-<id>} unless the territory brought the person with its own external id
   */
  record Table(String name, String query) {}

  /** The plugin's tables, in the order a reader should take them. */
  List<Table> exportTables();
}
