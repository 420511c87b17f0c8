package it.ponte.exchange.infrastructure;

import it.ponte.api.core.TenantSql;
import it.ponte.exchange.domain.ImportKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the territory's tables for its export, a row at a time: each kind in exactly the import's
 * columns, the records known by the external id an import gave them or, for a record made in Ponte,
 * by {@code ponte-<id>}. People erased on request are left out, and so are their records.
 */
@ApplicationScoped
public class JdbcTerritoryExport {

  /** Rows fetched at a time: the export never holds a table. */
  private static final int FETCH = 1000;

  private static String key(String kind, String alias, String id) {
    return "coalesce((SELECT external_id FROM import_record WHERE kind = '"
        + kind
        + "' AND record_id = "
        + alias
        + "."
        + id
        + "), 'ponte-' || "
        + alias
        + "."
        + id
        + ")";
  }

  private static String list(String column) {
    return "replace(" + column + ", ',', '|')";
  }

  private static final String LIVE =
      " JOIN candidate p ON p.id = %s.candidate_id AND p.erased_at IS NULL";

  private static final Map<ImportKind, String> QUERIES =
      Map.of(
          ImportKind.CANDIDATES,
          "SELECT "
              + key("candidates", "c", "id")
              + ", first_name, last_name, birth_date, gender, citizenship, municipality, zone,"
              + " email, phone, education, italian_level, "
              + list("languages")
              + ", "
              + list("licences")
              + ", "
              + list("professions")
              + ", employment_status, did_date, "
              + list("difficulties")
              + ", has_car, "
              + list("availability")
              + ", notes, referral, referral_partner, registered_at, "
              + list("k.purposes")
              + ", k.notice_version, k.given_at, status, out_of_protocol_reason,"
              + " status_changed_at FROM candidate c LEFT JOIN LATERAL (SELECT purposes,"
              + " notice_version, given_at FROM consent WHERE candidate_id = c.id ORDER BY"
              + " given_at DESC, id DESC LIMIT 1) k ON true WHERE c.erased_at IS NULL ORDER BY c.id",
          ImportKind.INTERVIEWS,
          "SELECT "
              + key("interviews", "i", "id")
              + ", "
              + key("candidates", "i", "candidate_id")
              + ", i.scheduled_at, i.completed_at, i.profile_type, i.readiness, i.employability, "
              + list("i.sectors")
              + ", i.notes FROM interview i"
              + LIVE.formatted("i")
              + " ORDER BY i.id",
          ImportKind.COMPANIES,
          "SELECT "
              + key("companies", "c", "id")
              + ", name, vat_number, ateco_code, size, address, email, phone, board_joined_on,"
              + " board_left_on FROM company c ORDER BY c.id",
          ImportKind.PLACEMENTS,
          "SELECT "
              + key("placements", "x", "id")
              + ", "
              + key("candidates", "x", "candidate_id")
              + ", "
              + key("companies", "x", "company_id")
              + ", x.type, x.contract, x.start_date, x.end_date, x.hours_per_week,"
              + " x.monthly_allowance, x.trainee_category, CASE WHEN x.previous_id IS NOT NULL"
              + " THEN "
              + key("placements", "x", "previous_id")
              + " END, x.link FROM placement x"
              + LIVE.formatted("x")
              + " ORDER BY x.id",
          ImportKind.COURSES,
          "SELECT "
              + key("courses", "c", "id")
              + ", title, category, provider, mode, starts_on, ends_on FROM course c ORDER BY c.id",
          ImportKind.ENROLMENTS,
          "SELECT "
              + key("courses", "e", "course_id")
              + ", "
              + key("candidates", "e", "candidate_id")
              + ", e.status, e.completed_on FROM enrolment e"
              + LIVE.formatted("e")
              + " ORDER BY e.id",
          ImportKind.FOLLOW_UPS,
          "SELECT "
              + key("candidates", "f", "candidate_id")
              + ", f.surveyed_on, f.answered, f.working, f.contract, f.offers_received"
              + " FROM follow_up f"
              + LIVE.formatted("f")
              + " ORDER BY f.id");

  @Inject TenantSql sql;

  /** Lifts the statement limit for the export's transaction: it reads everything, streaming. */
  public void unlimited() {
    sql.update("SET LOCAL statement_timeout = 0");
  }

  /** Writes a kind's file, header first; answers the number of rows. */
  public int kind(ImportKind kind, OutputStream out) {
    return table(QUERIES.get(kind), kind.columns(), out);
  }

  /**
   * Writes the rows of a query as CSV, header first; the header is {@code header} or, when null,
   * the query's column names. Answers the number of rows.
   */
  public int table(String query, List<String> header, OutputStream out) {
    try (PreparedStatement q = sql.connection().prepareStatement(query)) {
      q.setFetchSize(FETCH);
      try (ResultSet rs = q.executeQuery()) {
        ResultSetMetaData meta = rs.getMetaData();
        int columns = meta.getColumnCount();
        CsvOut csv = new CsvOut(out);
        if (header == null) {
          List<String> names = new ArrayList<>();
          for (int i = 1; i <= columns; i++) {
            names.add(meta.getColumnLabel(i));
          }
          csv.row(names);
        } else {
          csv.row(header);
        }
        int rows = 0;
        List<Object> cells = new ArrayList<>(columns);
        while (rs.next()) {
          cells.clear();
          for (int i = 1; i <= columns; i++) {
            int type = meta.getColumnType(i);
            cells.add(
                type == java.sql.Types.TIMESTAMP_WITH_TIMEZONE
                        || "timestamptz".equals(meta.getColumnTypeName(i))
                    ? rs.getObject(i, OffsetDateTime.class)
                    : rs.getObject(i));
          }
          csv.row(cells);
          rows++;
        }
        csv.flush();
        return rows;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A candidate's document, for the export. */
  public record Document(
      long id,
      String candidate,
      String kind,
      String filename,
      String contentType,
      byte[] content) {}

  /** Hands each document of a person not erased to the consumer, one at a time. */
  public void documents(DocumentSink sink) {
    try (PreparedStatement q =
        sql.connection()
            .prepareStatement(
                "SELECT d.id, "
                    + key("candidates", "d", "candidate_id")
                    + ", d.kind, d.filename, d.content_type, d.content FROM document d"
                    + LIVE.formatted("d")
                    + " ORDER BY d.id")) {
      q.setFetchSize(1);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          sink.accept(
              new Document(
                  rs.getLong(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getBytes(6)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Receives documents. */
  public interface DocumentSink {
    void accept(Document document) throws IOException;
  }

  /** The ids of the changesets applied to the territory's schema, in the order they ran. */
  public List<String> changesets() {
    return sql.query(
        "SELECT id FROM databasechangelog ORDER BY orderexecuted", rs -> rs.getString(1));
  }
}
