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
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes follow-up surveys. As through the API, a survey is of a person out of the protocol ({@code
 * not-out-of-protocol} otherwise), and not before they registered.
 */
@ApplicationScoped
public class FollowUpStore implements KindStore<Imported.FollowUp> {

  private static final String FIELDS =
      "candidate_id, surveyed_on, answered, working, contract, offers_received";

  @Inject TenantSql sql;

  @Inject ImportRecords records;

  @Override
  public ImportKind kind() {
    return ImportKind.FOLLOW_UPS;
  }

  @Override
  public void write(
      List<Bound<Imported.FollowUp>> creates,
      List<Bound<Imported.FollowUp>> updates,
      ImportScope scope) {
    List<Bound<Imported.FollowUp>> all = new ArrayList<>(creates);
    all.addAll(updates);
    People people = People.of(sql, records, all, b -> b.value().candidate());
    for (Bound<Imported.FollowUp> b : all) {
      People.Person p = people.require(b, "candidateExternalId", b.value().candidate());
      if (p == null) {
        continue;
      }
      // A person readmitted since was out of the protocol when an earlier survey reached them.
      if (!p.status().equals("OUT_OF_PROTOCOL") && !p.status().equals("READMITTED")) {
        b.row()
            .error(
                "candidateExternalId",
                "not-out-of-protocol",
                "A follow-up survey is for people out of the protocol; this person is "
                    + p.status()
                    + ".");
      }
      if (b.value()
          .surveyedOn()
          .isBefore(p.registeredAt().atZoneSameInstant(scope.zone()).toLocalDate())) {
        b.row().error("surveyedOn", ImportError.HISTORY, "is before the person's registration");
      }
    }
    List<Bound<Imported.FollowUp>> newOnes = creates.stream().filter(Bound::ok).toList();
    Batch.drawIds(sql, "follow_up", newOnes);
    Batch.run(
        sql,
        "INSERT INTO follow_up ("
            + FIELDS
            + ", id, created_at, created_by)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        newOnes,
        (q, b) -> {
          int i = bind(q, people.id(b.value().candidate()), b.value());
          q.setLong(i, b.recordId());
          q.setObject(i + 1, scope.at());
          q.setString(i + 2, scope.actor());
        });
    Batch.run(
        sql,
        "UPDATE follow_up SET (" + FIELDS + ") = (?, ?, ?, ?, ?, ?) WHERE id = ?",
        updates.stream().filter(Bound::ok).toList(),
        (q, b) -> q.setLong(bind(q, people.id(b.value().candidate()), b.value()), b.recordId()));
  }

  private static int bind(PreparedStatement q, long candidateId, Imported.FollowUp f)
      throws SQLException {
    q.setLong(1, candidateId);
    q.setObject(2, f.surveyedOn());
    q.setBoolean(3, f.answered());
    Batch.set(q, 4, f.working(), Types.BOOLEAN);
    Batch.text(q, 5, f.contract());
    Batch.set(q, 6, f.offersReceived(), Types.INTEGER);
    return 7;
  }
}
