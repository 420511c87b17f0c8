package it.ponte.exchange.infrastructure;

import it.ponte.api.core.TenantSql;
import it.ponte.company.domain.Contract;
import it.ponte.exchange.application.Bound;
import it.ponte.exchange.application.ImportScope;
import it.ponte.exchange.application.KindStore;
import it.ponte.exchange.domain.ImportError;
import it.ponte.exchange.domain.ImportKind;
import it.ponte.exchange.domain.ImportRecords;
import it.ponte.exchange.domain.Imported;
import it.ponte.placement.domain.Placement;
import it.ponte.placement.domain.PlacementTerms;
import it.ponte.placement.domain.PlacementType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes placements. Its person and company are found by external id, it starts on or after the
 * registration, and a renewal, extension or transformation follows a placement imported before it
 * (earlier in the same file, or by an earlier file) by the domain's own rules.
 */
@ApplicationScoped
public class PlacementStore implements KindStore<Imported.Placement> {

  private static final String FIELDS =
      "candidate_id, company_id, type, contract, start_date, end_date, hours_per_week,"
          + " monthly_allowance, trainee_category, previous_id, link";

  @Inject TenantSql sql;

  @Inject ImportRecords records;

  @Override
  public ImportKind kind() {
    return ImportKind.PLACEMENTS;
  }

  @Override
  public void write(
      List<Bound<Imported.Placement>> creates,
      List<Bound<Imported.Placement>> updates,
      ImportScope scope) {
    List<Bound<Imported.Placement>> all = new ArrayList<>(creates);
    all.addAll(updates);
    People people = People.of(sql, records, all, b -> b.value().candidate());
    Map<String, Long> companies =
        records.ids(ImportKind.COMPANIES, all.stream().map(b -> b.value().company()).toList());
    for (Bound<Imported.Placement> b : all) {
      Imported.Placement p = b.value();
      People.Person person = people.require(b, "candidateExternalId", p.candidate());
      if (!companies.containsKey(p.company())) {
        b.row()
            .error(
                "companyExternalId",
                ImportError.UNKNOWN_REFERENCE,
                "no company with this externalId was imported into the territory");
      }
      if (person != null
          && p.startDate()
              .isBefore(person.registeredAt().atZoneSameInstant(scope.zone()).toLocalDate())) {
        b.row().error("startDate", ImportError.HISTORY, "is before the person's registration");
      }
    }
    List<Bound<Imported.Placement>> plain = new ArrayList<>();
    List<Bound<Imported.Placement>> following = new ArrayList<>();
    for (Bound<Imported.Placement> b : all) {
      if (b.ok()) {
        (b.value().previous() == null ? plain : following).add(b);
      }
    }
    // A row that follows another is written after the rows it may follow, one at a time, so that
    // it finds a previous placement on an earlier row of the same chunk.
    save(plain, people, companies, Map.of(), scope);
    Map<String, Long> written = new HashMap<>();
    for (Bound<Imported.Placement> b : all) {
      if (b.ok() && b.recordId() != null) {
        written.put(b.key(), b.recordId());
      }
    }
    for (Bound<Imported.Placement> b : following) {
      String previousKey = b.value().previous();
      Long previousId = written.get(previousKey);
      if (previousId == null) {
        previousId = records.ids(ImportKind.PLACEMENTS, List.of(previousKey)).get(previousKey);
      }
      if (previousId == null) {
        b.row()
            .error(
                "previousExternalId",
                ImportError.HISTORY,
                "follows a placement that was not imported (an unknown placement, or one later in"
                    + " the file)");
        continue;
      }
      Placement before = load(previousId);
      Placement after = new Placement(terms(b.value(), people, companies), scope.at(), "check");
      try {
        after.follows(before, b.value().link());
      } catch (IllegalArgumentException e) {
        b.row().error("link", ImportError.VALIDATION, e.getMessage());
        continue;
      }
      save(List.of(b), people, companies, Map.of(previousKey, previousId), scope);
      written.put(b.key(), b.recordId());
    }
  }

  private void save(
      List<Bound<Imported.Placement>> rows,
      People people,
      Map<String, Long> companies,
      Map<String, Long> previous,
      ImportScope scope) {
    List<Bound<Imported.Placement>> inserts = new ArrayList<>();
    List<Bound<Imported.Placement>> changes = new ArrayList<>();
    for (Bound<Imported.Placement> b : rows) {
      (b.recordId() == null ? inserts : changes).add(b);
    }
    Batch.drawIds(sql, "placement", inserts);
    Batch.run(
        sql,
        "INSERT INTO placement ("
            + FIELDS
            + ", id, version, created_at, created_by)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)",
        inserts,
        (q, b) -> {
          int i = bind(q, b.value(), people, companies, previous);
          q.setLong(i, b.recordId());
          q.setObject(i + 1, scope.at());
          q.setString(i + 2, scope.actor());
        });
    Batch.run(
        sql,
        "UPDATE placement SET ("
            + FIELDS
            + ") = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?),"
            + " version = version + 1 WHERE id = ?",
        changes,
        (q, b) -> q.setLong(bind(q, b.value(), people, companies, previous), b.recordId()));
  }

  private static PlacementTerms terms(
      Imported.Placement p, People people, Map<String, Long> companies) {
    return new PlacementTerms(
        people.id(p.candidate()),
        companies.get(p.company()),
        null,
        p.type(),
        p.contract(),
        p.startDate(),
        p.endDate(),
        p.hoursPerWeek(),
        p.monthlyAllowance(),
        p.traineeCategory());
  }

  private Placement load(long id) {
    return Batch.byId(
            sql,
            "SELECT id, candidate_id, company_id, type, contract, start_date FROM placement"
                + " WHERE id = ANY (?)",
            List.of(id),
            rs ->
                new Placement(
                    new PlacementTerms(
                        rs.getLong(2),
                        rs.getLong(3),
                        null,
                        PlacementType.valueOf(rs.getString(4)),
                        rs.getString(5) == null ? null : Contract.valueOf(rs.getString(5)),
                        rs.getObject(6, LocalDate.class),
                        null,
                        null,
                        null,
                        null),
                    java.time.OffsetDateTime.now(),
                    "check"))
        .get(id);
  }

  private static int bind(
      PreparedStatement q,
      Imported.Placement p,
      People people,
      Map<String, Long> companies,
      Map<String, Long> previous)
      throws SQLException {
    q.setLong(1, people.id(p.candidate()));
    q.setLong(2, companies.get(p.company()));
    q.setString(3, p.type().name());
    Batch.text(q, 4, p.contract());
    q.setObject(5, p.startDate());
    Batch.set(q, 6, p.endDate(), Types.DATE);
    Batch.set(q, 7, p.hoursPerWeek(), Types.NUMERIC);
    Batch.set(q, 8, p.monthlyAllowance(), Types.NUMERIC);
    Batch.text(q, 9, p.traineeCategory());
    Batch.set(q, 10, p.previous() == null ? null : previous.get(p.previous()), Types.BIGINT);
    Batch.text(q, 11, p.link());
    return 12;
  }
}
