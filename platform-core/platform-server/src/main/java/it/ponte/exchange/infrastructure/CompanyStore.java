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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes companies. A partita IVA is registered once in a territory, as through the API: a row
 * whose partita IVA belongs to another company (registered through the API, or on another row) is
 * refused with the API's {@code company-exists}.
 */
@ApplicationScoped
public class CompanyStore implements KindStore<Imported.Company> {

  private static final String FIELDS =
      "name, vat_number, ateco_code, size, address, email, phone, board_joined_on, board_left_on";

  @Inject TenantSql sql;

  @Override
  public ImportKind kind() {
    return ImportKind.COMPANIES;
  }

  @Override
  public void write(
      List<Bound<Imported.Company>> creates,
      List<Bound<Imported.Company>> updates,
      ImportScope scope) {
    List<Bound<Imported.Company>> all = new ArrayList<>(creates);
    all.addAll(updates);
    Map<String, Long> owners = owners(all.stream().map(b -> b.value().vatNumber()).toList());
    Map<String, Bound<Imported.Company>> inChunk = new HashMap<>();
    for (Bound<Imported.Company> b : all) {
      String vat = b.value().vatNumber();
      Long owner = owners.get(vat);
      boolean taken = owner != null && !owner.equals(b.recordId());
      if (taken || inChunk.putIfAbsent(vat, b) != null) {
        b.row()
            .error(
                "vatNumber",
                "company-exists",
                "A company with partita IVA " + vat + " is already registered.");
      }
    }
    List<Bound<Imported.Company>> newOnes = creates.stream().filter(Bound::ok).toList();
    Batch.drawIds(sql, "company", newOnes);
    Batch.run(
        sql,
        "INSERT INTO company ("
            + FIELDS
            + ", id, version, created_at, created_by)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)",
        newOnes,
        (q, b) -> {
          int i = bind(q, b.value());
          q.setLong(i, b.recordId());
          q.setObject(i + 1, scope.at());
          q.setString(i + 2, scope.actor());
        });
    Batch.run(
        sql,
        "UPDATE company SET ("
            + FIELDS
            + ") = (?, ?, ?, ?, ?, ?, ?, ?, ?),"
            + " version = version + 1 WHERE id = ?",
        updates.stream().filter(Bound::ok).toList(),
        (q, b) -> q.setLong(bind(q, b.value()), b.recordId()));
  }

  private Map<String, Long> owners(List<String> vatNumbers) {
    Map<String, Long> owners = new HashMap<>();
    try (PreparedStatement q =
        sql.connection()
            .prepareStatement("SELECT vat_number, id FROM company WHERE vat_number = ANY (?)")) {
      q.setArray(1, q.getConnection().createArrayOf("text", vatNumbers.toArray()));
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          owners.put(rs.getString(1).strip(), rs.getLong(2));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return owners;
  }

  private static int bind(PreparedStatement q, Imported.Company c) throws SQLException {
    q.setString(1, c.name());
    q.setString(2, c.vatNumber());
    Batch.text(q, 3, c.atecoCode());
    Batch.text(q, 4, c.size());
    Batch.text(q, 5, c.address());
    Batch.text(q, 6, c.email());
    Batch.text(q, 7, c.phone());
    Batch.set(q, 8, c.boardJoinedOn(), Types.DATE);
    Batch.set(q, 9, c.boardLeftOn(), Types.DATE);
    return 10;
  }
}
