package it.ponte.exchange.infrastructure;

import it.ponte.api.core.TenantSql;
import it.ponte.exchange.application.Bound;
import it.ponte.exchange.domain.ImportError;
import it.ponte.exchange.domain.ImportKind;
import it.ponte.exchange.domain.ImportRecords;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The people a chunk of rows refers to by external id, with what the history checks need: when they
 * registered, where they are in the programme, whether they were erased.
 */
final class People {

  /** A person referred to. */
  record Person(long id, OffsetDateTime registeredAt, String status, boolean erased) {}

  private final Map<String, Long> ids;
  private final Map<Long, Person> people;

  private People(Map<String, Long> ids, Map<Long, Person> people) {
    this.ids = ids;
    this.people = people;
  }

  static <R> People of(
      TenantSql sql,
      ImportRecords records,
      Collection<Bound<R>> rows,
      Function<Bound<R>, String> reference) {
    Set<String> keys = new HashSet<>();
    for (Bound<R> b : rows) {
      keys.add(reference.apply(b));
    }
    Map<String, Long> ids = records.ids(ImportKind.CANDIDATES, keys);
    Map<Long, Person> people =
        Batch.byId(
            sql,
            "SELECT id, registered_at, status, erased_at IS NOT NULL FROM candidate"
                + " WHERE id = ANY (?)",
            ids.values(),
            rs ->
                new Person(
                    rs.getLong(1),
                    rs.getObject(2, OffsetDateTime.class),
                    rs.getString(3),
                    rs.getBoolean(4)));
    return new People(ids, new HashMap<>(people));
  }

  /**
   * The person a row refers to; null, with the error on the row, when no import of the territory
   * brought them or they were erased on request.
   */
  Person require(Bound<?> b, String column, String externalId) {
    Long id = ids.get(externalId);
    Person p = id == null ? null : people.get(id);
    if (p == null) {
      b.row()
          .error(
              column,
              ImportError.UNKNOWN_REFERENCE,
              "no candidate with this externalId was imported into the territory");
      return null;
    }
    if (p.erased()) {
      b.row().error(column, "candidate-erased", "the person was erased on request");
      return null;
    }
    return p;
  }

  long id(String externalId) {
    return ids.get(externalId);
  }
}
