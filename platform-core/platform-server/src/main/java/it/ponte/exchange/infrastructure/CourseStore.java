package it.ponte.exchange.infrastructure;

import it.ponte.api.core.TenantSql;
import it.ponte.exchange.application.Bound;
import it.ponte.exchange.application.ImportScope;
import it.ponte.exchange.application.KindStore;
import it.ponte.exchange.domain.ImportKind;
import it.ponte.exchange.domain.Imported;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** Writes courses. */
@ApplicationScoped
public class CourseStore implements KindStore<Imported.Course> {

  private static final String FIELDS = "title, category, provider, mode, starts_on, ends_on";

  @Inject TenantSql sql;

  @Override
  public ImportKind kind() {
    return ImportKind.COURSES;
  }

  @Override
  public void write(
      List<Bound<Imported.Course>> creates,
      List<Bound<Imported.Course>> updates,
      ImportScope scope) {
    Batch.drawIds(sql, "course", creates);
    Batch.run(
        sql,
        "INSERT INTO course ("
            + FIELDS
            + ", id, version, created_at, created_by)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)",
        creates,
        (q, b) -> {
          int i = bind(q, b.value());
          q.setLong(i, b.recordId());
          q.setObject(i + 1, scope.at());
          q.setString(i + 2, scope.actor());
        });
    Batch.run(
        sql,
        "UPDATE course SET ("
            + FIELDS
            + ") = (?, ?, ?, ?, ?, ?), version = version + 1"
            + " WHERE id = ?",
        updates,
        (q, b) -> q.setLong(bind(q, b.value()), b.recordId()));
  }

  private static int bind(PreparedStatement q, Imported.Course c) throws SQLException {
    q.setString(1, c.title());
    q.setString(2, c.category().name());
    q.setString(3, c.provider());
    q.setString(4, c.mode().name());
    q.setObject(5, c.startsOn());
    q.setObject(6, c.endsOn());
    return 7;
  }
}
