package it.ponte.exchange.infrastructure;

import it.ponte.api.core.TenantSql;
import it.ponte.exchange.application.Bound;
import it.ponte.exchange.application.ImportScope;
import it.ponte.exchange.application.KindStore;
import it.ponte.exchange.domain.ImportError;
import it.ponte.exchange.domain.ImportKind;
import it.ponte.exchange.domain.ImportRecords;
import it.ponte.exchange.domain.Imported;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes enrolments: a person in a course, both by external id; enrolled on the course's first day.
 * An enrolment of the same person in the same course recorded through the API is the same
 * enrolment: the import takes it over rather than adding a second.
 */
@ApplicationScoped
public class EnrolmentStore implements KindStore<Imported.Enrolment> {

  @Inject TenantSql sql;

  @Inject ImportRecords records;

  /** A course referred to. */
  private record Course(long id, LocalDate startsOn, LocalDate endsOn) {}

  @Override
  public ImportKind kind() {
    return ImportKind.ENROLMENTS;
  }

  @Override
  public void write(
      List<Bound<Imported.Enrolment>> creates,
      List<Bound<Imported.Enrolment>> updates,
      ImportScope scope) {
    List<Bound<Imported.Enrolment>> all = new ArrayList<>(creates);
    all.addAll(updates);
    People people = People.of(sql, records, all, b -> b.value().candidate());
    Map<String, Long> courseIds =
        records.ids(ImportKind.COURSES, all.stream().map(b -> b.value().course()).toList());
    Map<Long, Course> courses =
        Batch.byId(
            sql,
            "SELECT id, starts_on, ends_on FROM course WHERE id = ANY (?)",
            courseIds.values(),
            rs ->
                new Course(
                    rs.getLong(1),
                    rs.getObject(2, LocalDate.class),
                    rs.getObject(3, LocalDate.class)));
    Map<Long, Map<Long, Long>> existing = new HashMap<>();
    Batch.byId(
            sql,
            "SELECT id, course_id, candidate_id FROM enrolment WHERE course_id = ANY (?)",
            courseIds.values(),
            rs -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
        .values()
        .forEach(e -> existing.computeIfAbsent(e[1], c -> new HashMap<>()).put(e[2], e[0]));
    List<Bound<Imported.Enrolment>> inserts = new ArrayList<>();
    List<Bound<Imported.Enrolment>> changes = new ArrayList<>();
    for (Bound<Imported.Enrolment> b : all) {
      Imported.Enrolment e = b.value();
      People.Person person = people.require(b, "candidateExternalId", e.candidate());
      Long courseId = courseIds.get(e.course());
      if (courseId == null) {
        b.row()
            .error(
                "courseExternalId",
                ImportError.UNKNOWN_REFERENCE,
                "no course with this externalId was imported into the territory");
        continue;
      }
      Course course = courses.get(courseId);
      if (e.completedOn() != null && e.completedOn().isBefore(course.startsOn())) {
        b.row().error("completedOn", ImportError.HISTORY, "is before the course starts");
      }
      if (person == null || !b.ok()) {
        continue;
      }
      Long found = existing.getOrDefault(courseId, Map.of()).get(person.id());
      if (b.recordId() == null && found != null) {
        b.written(found);
      }
      (b.recordId() == null ? inserts : changes).add(b);
    }
    Batch.drawIds(sql, "enrolment", inserts);
    Batch.run(
        sql,
        "INSERT INTO enrolment (id, version, course_id, candidate_id, status, enrolled_at,"
            + " completed_on) VALUES (?, 0, ?, ?, ?, ?, ?)",
        inserts,
        (q, b) -> {
          long courseId = courseIds.get(b.value().course());
          q.setLong(1, b.recordId());
          q.setLong(2, courseId);
          q.setLong(3, people.id(b.value().candidate()));
          q.setString(4, b.value().outcome().name());
          q.setObject(
              5, courses.get(courseId).startsOn().atStartOfDay(scope.zone()).toOffsetDateTime());
          Batch.set(q, 6, b.value().completedOn(), Types.DATE);
        });
    Batch.run(
        sql,
        "UPDATE enrolment SET status = ?, completed_on = ?, version = version + 1 WHERE id = ?",
        changes,
        (q, b) -> {
          q.setString(1, b.value().outcome().name());
          Batch.set(q, 2, b.value().completedOn(), Types.DATE);
          q.setLong(3, b.recordId());
        });
  }
}
