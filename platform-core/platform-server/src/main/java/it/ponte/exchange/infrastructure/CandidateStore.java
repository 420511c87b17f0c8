package it.ponte.exchange.infrastructure;

import it.ponte.api.core.TenantSql;
import it.ponte.candidate.domain.PersonalData;
import it.ponte.exchange.application.Bound;
import it.ponte.exchange.application.ImportScope;
import it.ponte.exchange.application.KindStore;
import it.ponte.exchange.domain.ImportKind;
import it.ponte.exchange.domain.Imported;
import it.ponte.platform.domain.Codes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Writes candidates: the person, their consent (source IMPORT) and the audit trail's CREATE or
 * UPDATE, as a registration through the API leaves them, dated as the file says. A person erased on
 * request is not brought back by a re-import.
 */
@ApplicationScoped
public class CandidateStore implements KindStore<Imported.Candidate> {

  private static final String FIELDS =
      "first_name, last_name, birth_date, gender, citizenship, municipality, zone, email, phone,"
          + " education, italian_level, languages, licences, professions, employment_status,"
          + " did_date, difficulties, has_car, availability, notes, referral, referral_partner,"
          + " registered_at, status, out_of_protocol_reason, status_changed_at";

  @Inject TenantSql sql;

  @Override
  public ImportKind kind() {
    return ImportKind.CANDIDATES;
  }

  @Override
  public void write(
      List<Bound<Imported.Candidate>> creates,
      List<Bound<Imported.Candidate>> updates,
      ImportScope scope) {
    Batch.drawIds(sql, "candidate", creates);
    Batch.run(
        sql,
        "INSERT INTO candidate (id, version, created_by, "
            + FIELDS
            + ") VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " ?, ?, ?, ?)",
        creates,
        (q, b) -> {
          q.setLong(1, b.recordId());
          q.setString(2, scope.actor());
          bind(q, 3, b.value());
        });
    Set<Long> erased =
        Batch.byId(
                sql,
                "SELECT id FROM candidate WHERE id = ANY (?) AND erased_at IS NOT NULL",
                updates.stream().map(Bound::recordId).toList(),
                rs -> Boolean.TRUE)
            .keySet();
    List<Bound<Imported.Candidate>> live = new ArrayList<>();
    for (Bound<Imported.Candidate> b : updates) {
      if (erased.contains(b.recordId())) {
        b.row()
            .error(
                "externalId",
                "candidate-erased",
                "the person was erased on request: their record is not imported again");
      } else {
        live.add(b);
      }
    }
    Batch.run(
        sql,
        "UPDATE candidate SET version = version + 1, ("
            + FIELDS
            + ") = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " WHERE id = ?",
        live,
        (q, b) -> {
          int next = bind(q, 1, b.value());
          q.setLong(next, b.recordId());
        });
    InterviewStore.assessed(
        sql, live.stream().map(Bound::recordId).collect(java.util.stream.Collectors.toSet()));
    List<Bound<Imported.Candidate>> consents = new ArrayList<>();
    for (Bound<Imported.Candidate> b : creates) {
      if (!b.value().consentPurposes().isEmpty()) {
        consents.add(b);
      }
    }
    for (Bound<Imported.Candidate> b : live) {
      if (!b.value().consentPurposes().isEmpty()) {
        consents.add(b);
      }
    }
    // A consent the file states is recorded once: a re-import of the same consent adds nothing.
    Batch.run(
        sql,
        "INSERT INTO consent (candidate_id, notice_version, purposes, given_at, source)"
            + " SELECT ?, ?, ?, ?, 'IMPORT' WHERE NOT EXISTS (SELECT 1 FROM consent"
            + " WHERE candidate_id = ? AND notice_version = ? AND purposes = ? AND given_at = ?)",
        consents,
        (q, b) -> {
          Imported.Candidate c = b.value();
          String purposes = Codes.join(c.consentPurposes());
          for (int offset : new int[] {0, 4}) {
            q.setLong(1 + offset, b.recordId());
            q.setString(2 + offset, c.consentNoticeVersion());
            q.setString(3 + offset, purposes);
            q.setObject(4 + offset, c.consentGivenAt());
          }
        });
    if (creates.isEmpty() && live.isEmpty()) {
      return;
    }
    String fields =
        Codes.join((creates.isEmpty() ? live : creates).get(0).value().data().fields().keySet());
    Batch.audit(
        sql,
        scope.actor(),
        scope.at(),
        "CREATE",
        creates.stream().map(Bound::recordId).toList(),
        fields);
    Batch.audit(
        sql,
        scope.actor(),
        scope.at(),
        "UPDATE",
        live.stream().map(Bound::recordId).toList(),
        fields);
  }

  /** Binds the candidate's columns in the order of {@link #FIELDS}; answers the next index. */
  private static int bind(PreparedStatement q, int i, Imported.Candidate c) throws SQLException {
    PersonalData d = c.data();
    q.setString(i++, d.firstName());
    q.setString(i++, d.lastName());
    Batch.set(q, i++, d.birthDate(), Types.DATE);
    q.setString(i++, d.gender().name());
    q.setString(i++, d.citizenship());
    Batch.text(q, i++, d.municipality());
    Batch.text(q, i++, d.zone());
    Batch.text(q, i++, d.email());
    Batch.text(q, i++, d.phone());
    Batch.text(q, i++, d.education());
    Batch.text(q, i++, d.italianLevel());
    Batch.text(q, i++, Codes.join(d.languages()));
    Batch.text(q, i++, Codes.join(d.licences()));
    Batch.text(q, i++, Codes.join(d.professions()));
    Batch.text(q, i++, d.employmentStatus());
    Batch.set(q, i++, d.didDate(), Types.DATE);
    Batch.text(q, i++, Codes.join(d.difficulties()));
    Batch.set(q, i++, d.hasCar(), Types.BOOLEAN);
    Batch.text(q, i++, Codes.join(d.availability()));
    Batch.text(q, i++, d.notes());
    Batch.text(q, i++, c.referral());
    Batch.text(q, i++, c.referralPartner());
    q.setObject(i++, c.registeredAt());
    q.setString(i++, c.status().name());
    Batch.text(q, i++, c.outOfProtocolReason());
    q.setObject(i++, c.statusChangedAt());
    return i;
  }
}
