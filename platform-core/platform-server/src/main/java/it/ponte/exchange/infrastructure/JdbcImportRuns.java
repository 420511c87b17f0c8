package it.ponte.exchange.infrastructure;

import it.ponte.api.core.TenantSql;
import it.ponte.exchange.domain.ImportError;
import it.ponte.exchange.domain.ImportKind;
import it.ponte.exchange.domain.ImportRun;
import it.ponte.exchange.domain.ImportRuns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Import runs in the tenant's {@code import_run} table; the errors kept as a JSON array. */
@ApplicationScoped
public class JdbcImportRuns implements ImportRuns {

  private static final String COLUMNS =
      "id, kind, dry_run, status, filename, rows, created, updated, unchanged, error_count, errors,"
          + " created_at, created_by, finished_at";

  @Inject TenantSql sql;

  @Override
  public long queue(
      ImportKind kind, boolean dryRun, String filename, String by, OffsetDateTime at) {
    return sql.query(
            "INSERT INTO import_run (kind, dry_run, status, filename, created_at, created_by)"
                + " VALUES (?, ?, 'QUEUED', ?, ?, ?) RETURNING id",
            rs -> rs.getLong(1),
            kind.slug(),
            dryRun,
            filename,
            at,
            by)
        .get(0);
  }

  @Override
  public void running(long id) {
    sql.update("UPDATE import_run SET status = 'RUNNING' WHERE id = ?", id);
  }

  @Override
  public void finish(long id, ImportRun.Status status, Outcome outcome, OffsetDateTime at) {
    sql.update(
        "UPDATE import_run SET status = ?, rows = ?, created = ?, updated = ?, unchanged = ?,"
            + " error_count = ?, errors = ?, finished_at = ? WHERE id = ?",
        status.name(),
        outcome.rows(),
        outcome.created(),
        outcome.updated(),
        outcome.unchanged(),
        outcome.errorCount(),
        json(outcome.errors()),
        at,
        id);
  }

  @Override
  public void failAbandoned() {
    sql.update(
        "UPDATE import_run SET status = 'FAILED', finished_at = now(), created = 0, updated = 0,"
            + " unchanged = 0, error_count = 1, errors = ?"
            + " WHERE status IN ('QUEUED', 'RUNNING') AND created_at < now() - interval '30 seconds'"
            + " AND pg_try_advisory_xact_lock(hashtext(current_schema() || ':import'))",
        json(
            List.of(
                new ImportError(
                    0,
                    null,
                    "interrupted",
                    "The server stopped while reading the file: nothing of it was written."
                        + " Import it again."))));
  }

  @Override
  public Optional<ImportRun> find(long id) {
    return sql.queryOne("SELECT " + COLUMNS + " FROM import_run WHERE id = ?", this::run, id);
  }

  @Override
  public List<ImportRun> list(int offset, int limit) {
    return sql.query(
        "SELECT " + COLUMNS + " FROM import_run ORDER BY id DESC OFFSET ? LIMIT ?",
        this::run,
        offset,
        limit);
  }

  @Override
  public long count() {
    return sql.query("SELECT count(*) FROM import_run", rs -> rs.getLong(1)).get(0);
  }

  private ImportRun run(ResultSet rs) throws SQLException {
    ImportRun.Status status = ImportRun.Status.valueOf(rs.getString("status"));
    int rows = rs.getInt("rows");
    return new ImportRun(
        rs.getLong("id"),
        ImportKind.of(rs.getString("kind")).orElseThrow(),
        rs.getBoolean("dry_run"),
        status,
        rs.getString("filename"),
        rows,
        status == ImportRun.Status.SUCCEEDED || status == ImportRun.Status.FAILED ? rows : 0,
        rs.getInt("created"),
        rs.getInt("updated"),
        rs.getInt("unchanged"),
        rs.getInt("error_count"),
        errors(rs.getString("errors")),
        rs.getObject("created_at", OffsetDateTime.class),
        rs.getString("created_by"),
        rs.getObject("finished_at", OffsetDateTime.class));
  }

  private static String json(List<ImportError> errors) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (ImportError e : errors) {
      var o = Json.createObjectBuilder().add("row", e.row()).add("code", e.code());
      if (e.column() != null) {
        o.add("column", e.column());
      }
      array.add(o.add("message", e.message()));
    }
    return array.build().toString();
  }

  private static List<ImportError> errors(String json) {
    if (json == null) {
      return List.of();
    }
    List<ImportError> errors = new ArrayList<>();
    try (var reader = Json.createReader(new StringReader(json))) {
      for (JsonValue value : reader.readArray()) {
        JsonObject o = value.asJsonObject();
        errors.add(
            new ImportError(
                o.getInt("row"),
                o.getString("column", null),
                o.getString("code"),
                o.getString("message")));
      }
    }
    return errors;
  }
}
