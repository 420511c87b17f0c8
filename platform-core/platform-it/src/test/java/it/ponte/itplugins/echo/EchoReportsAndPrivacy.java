package it.ponte.itplugins.echo;

import it.ponte.api.core.TenantSql;
import it.ponte.api.plugin.DataSubjectContributor;
import it.ponte.api.plugin.ReportContributor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** The echo plugin's report section and its part of a person's export and erasure. */
@ApplicationScoped
public class EchoReportsAndPrivacy implements ReportContributor, DataSubjectContributor {

  @Inject TenantSql sql;

  @Override
  public String pluginId() {
    return EchoPlugin.ID;
  }

  @Override
  public Section section() {
    return new Section("Echo", List.of(new Figure("events seen", count(null))));
  }

  @Override
  public Map<String, Object> export(long candidateId) {
    return Map.of("eventsAboutThePerson", count(candidateId));
  }

  @Override
  public void erase(long candidateId) {
    try (PreparedStatement delete =
        sql.connection()
            .prepareStatement(
                "DELETE FROM echo_seen WHERE aggregate_id = ? AND type LIKE 'candidate.%'")) {
      delete.setLong(1, candidateId);
      delete.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private long count(Long candidateId) {
    String where = candidateId == null ? "" : " WHERE aggregate_id = ? AND type LIKE 'candidate.%'";
    try (PreparedStatement q =
        sql.connection().prepareStatement("SELECT count(*) FROM echo_seen" + where)) {
      if (candidateId != null) {
        q.setLong(1, candidateId);
      }
      try (ResultSet rs = q.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
